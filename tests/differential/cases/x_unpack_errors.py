for src in ([1, 2, 3], [1]):
    try:
        a, b = src
    except ValueError as e:
        print(e)
(a, b), c = (1, 2), 3
print(a, b, c)
first, *rest = "hello"
print(first, rest)
