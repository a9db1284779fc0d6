x = 0X
