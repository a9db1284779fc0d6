# A failing comparison in an `if` condition: 3.11 points its carets at the comparison.
def check(a, b):
    if a is not None and a < b:
        return 1
    return 0
print(check(1, 2))
check(1, "x")
