# A finalizer at exit that stores its object in a global: __del__ runs once, ever.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)
        global resurrected
        resurrected = self


a = Noisy("a")
a.me = a
del a
_p = Noisy("_p")
q = Noisy("q")
print("end")
