import sys
z = """ab"""
print(repr(z))
print(sys._getframe().f_lineno)
print(1/0)
