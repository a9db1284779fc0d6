x = 12ex
