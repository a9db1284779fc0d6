(yield from x) = 1
