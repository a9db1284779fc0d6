def mk(lst=[]):
    lst.append(len(lst))
    return lst
print(mk(), mk(), mk([9]))
def kwonly(*, a, b=2): return a + b
print(kwonly(a=1), kwonly(b=5, a=1))
try:
    kwonly(1)
except TypeError as e:
    print(e)
