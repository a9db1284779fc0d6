x = 12e
