try:
    raise ValueError
except (TypeError, ValueError) as e:
    print(type(e).__name__)
try:
    e
except NameError as n:
    print(n)
