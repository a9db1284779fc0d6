match a, b:
    case x, y: pass
match *a, b:
    case _: pass
match (x):
    case y as z: pass
match = 1
case = 2
match.attr = 3
match[0] = 4
match(5)
print(match, case)
match -x:
    case _ if match: pass
def match(case): return case
