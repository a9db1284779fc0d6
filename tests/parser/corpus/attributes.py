a.b
a.b.c.d
a().b
(1).real
1 .real
'x'.join
[].append
a.b[c].d(e).f
