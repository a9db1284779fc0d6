match command.split():
    case [action]: pass
    case [action, obj]: pass
    case [first, *rest]: pass
    case (a, b, *_): pass
    case []: pass
    case (): pass
    case [*_]: pass
    case {'k': v, **rest}: pass
    case {1: _, 'x': [y]}: pass
    case {}: pass
    case Point(x=0, y=0): pass
    case Point(1, 2, z=3): pass
    case Point(): pass
    case 1 | 2 | 3: pass
    case [1, 2] | {'a': 1} as m: pass
    case (x) if x > 0: pass
    case _: pass
