def f(*args: *tuple[int]): pass
