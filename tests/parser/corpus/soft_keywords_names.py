_ = 1
type = 2
case = [1]
match = {}
print(_, type)
for match in case: pass
match case:
    case [match]: pass
