[x for x in y]
[x for x in y if x if not x]
[(x, y) for x in a for y in b if x != y]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[x async for x in ay] if False else None
[[y for y in x] for x in z]
[x for x in (yield_ := 1,)]
{**a, 'b': 1, **c}
[*a, *b]
{*a, *b}
