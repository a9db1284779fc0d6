# A closure cell, a tuple, a dict with an int key, a class attribute, and a temporary.
import glasspy

class Config:
    pass

def make():
    data = [1000]
    def get():
        return data
    return get

g = make()
pair = (g, 7)
Config.shared = {5: pair}
glasspy.explain(g.__closure__[0].cell_contents)
glasspy.explain(pair)
glasspy.explain([1, 2, 3])
