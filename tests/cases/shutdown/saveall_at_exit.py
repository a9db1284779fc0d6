# Under DEBUG_SAVEALL the cycles found at exit go to gc.garbage and are never finalized.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


gc.set_debug(gc.DEBUG_SAVEALL)
a = Noisy("a")
a.me = a
del a
b = Noisy("b")
print("end")
