calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(0) < v(5), calls)
print(1 < 2 > 1, 'a' < 'b' < 'c', [1, 2] < [1, 2, 0], (2,) > (1, 9), None == None, 1 != 1.0)
print(1 if [] else 2, 0 or 'x', '' and 'y', 3 and 4, None or 0 or [])
