a + b - c * d / e // f % g ** h @ i
a << b >> c & d | e ^ f
-a ** -b
not a and b or c and not d
a < b <= c > d >= e == f != g
a is b is not c in d not in e
(a if b else c if d else e)
a or b or c
a and b and c
~a + +b
x ** y ** z
(a + b) * c
