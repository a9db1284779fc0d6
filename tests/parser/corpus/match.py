match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=var) as p if p.y > 0:
        pass
    case (1 | 2 | 3) as small:
        pass
    case None | True | False:
        pass
    case -1 | 1.5 | 2j | -1+2j | "s" "t" | b"b":
        pass
    case Color.RED:
        pass
    case [*_]:
        pass
    case _:
        pass
match = 1
case = match + 1
match(x)
print(match, case)
_ = 2
