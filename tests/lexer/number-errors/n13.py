x = 12.5ex
