x = "global"
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(e)
