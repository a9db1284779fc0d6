# helper module for the shutdown cases: a class with a noisy __del__ and three instances
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


_a = Noisy("helper._a")
b = Noisy("helper.b")
c = Noisy("helper.c")
