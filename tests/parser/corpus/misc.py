# comments and blank lines

x = (1 +
     2)  # inside brackets
y = 1 + \
    2
if x:
	z = 1
def f():
    pass

    # a comment at a different indent

    return 1
class 日本語:
    ñame = 1
print(*[1], **{})
t = 1,
for x, in [(1,)]: pass
while (n := n - 1): pass
