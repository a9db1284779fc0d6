a = [1, 2, 3]
b = a
b += [4]
print(a is b, a)
t = (1,)
u = t
u += (2,)
print(t is u, t, u)
