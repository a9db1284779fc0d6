# gc.callbacks run for the first collection at exit, not for the later ones.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


a = Noisy("a")
a.me = a
del a


def cb(phase, info):
    print("cb", phase, info)


gc.callbacks.append(cb)
print("end")
