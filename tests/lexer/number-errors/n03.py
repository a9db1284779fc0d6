x = 1e5a
