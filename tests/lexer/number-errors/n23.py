x = 0B
