def a():
    def b():
        def c():
            class D:
                def e(self):
                    return lambda: [x for x in (y for y in {z: z for z in ()})]
            return D
        return c
    return b
if x:
    if y:
        while z:
            for w in v:
                try:
                    with u:
                        pass
                except E:
                    pass
