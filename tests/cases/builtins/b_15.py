print(divmod(-7, 2), divmod(7.5, 2), oct(-8), bin(-5), hex(0))
