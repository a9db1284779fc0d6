x
1
'str'
f(x)
await_ = 0
yield_ = 0
(x)
[x]
x.y
