x = 12a
