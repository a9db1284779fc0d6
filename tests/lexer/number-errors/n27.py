x = 0o17a
