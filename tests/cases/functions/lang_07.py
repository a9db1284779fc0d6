a = b = []
a.append(1)
print(b, a is b, [] is [], None is None)
