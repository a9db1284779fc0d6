def v(n):
    print('eval', n); return n
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 >= 2 == 2 != 3)
print(v(1) < v(2) < v(0) < v(5))
print(1 < 2 and 'yes' or 'no', not 1 == 2, 1 != None, [] == [], 'a' in 'abc' in 'xabcx', 2 in [1, 2] not in [[1]])
x = 5
print(0 <= x < 10, 0 < x > 3, (1, 2) < (1, 3), [1, 2] <= [1, 2], 'abc' < 'abd', (1, 'a') < (1, 'b'), None is None)
try: print(1 < 'a')
except TypeError as e: print(e)
try: print([1] < (1,))
except TypeError as e: print(e)
try: print({} < {})
except TypeError as e: print(e)
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3, float('nan') == float('nan'), 2 ** 53 + 1 == float(2 ** 53 + 1))
a = [1]; print(a == a, a is a, [a] == [[1]], (a,) < (a + [0],))
