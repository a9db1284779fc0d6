class P:
    pass
p = P()
try:
    p.missing
except AttributeError as e:
    print(e.name, e.obj is p)
try:
    getattr(p, 'other')
except AttributeError as e:
    print(e.name, e.obj is p)
try:
    undefined_q
except NameError as e:
    print(e.name)
e = AttributeError('x')
print(e.name, e.obj)
print(hasattr(p, 'nope'), getattr(p, 'nope', 'dflt'))
