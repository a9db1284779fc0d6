a or b = 1
