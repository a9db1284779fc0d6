x=1
assert (1, 2)
assert (x,)
if (x is
  1): pass
y = (x is
  2)
z = [x for x in (1, 2)][0]
print((1, 2)[0], "ab"[None] if 0 else 0)
f"a{x}"[1]
{1}[0] if 0 else 0
(-1)[0] if 0 else 0
(lambda: 0)[0] if 0 else 0
