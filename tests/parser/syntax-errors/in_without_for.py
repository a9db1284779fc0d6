[x in y]
