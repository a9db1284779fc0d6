with a: pass
with a as b: pass
with a as b, c as d: pass
with (a as b, c as d): pass
with (a, b): pass
with (a as b, c,): pass
with (a): pass
with a as (b, c): pass
with a as b[0], c as d.e: pass
with (yield): pass
