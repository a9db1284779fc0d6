def f(n):
    try:
        if n == 0:
            return 'zero'
        if n == 1:
            raise ValueError
        return 'other'
    except ValueError:
        return 'caught'
    finally:
        print('finally', n)
print(f(0), f(1), f(2))
def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print('fin', i)
    return i
print(g())
def h():
    try:
        return 1
    finally:
        return 2
print(h())
