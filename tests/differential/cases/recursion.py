import sys
print(sys.getrecursionlimit())
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
