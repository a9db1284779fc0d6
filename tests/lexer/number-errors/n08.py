x = 12jx
