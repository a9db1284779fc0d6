# hello.py: a first look at what glasspy shows.
# Run it with:  npx glasspy run examples/hello.py
import sys

greeting = "hello, " + "world"
print(greeting)

# Every name bound to an object is one reference; getrefcount's own argument is another.
numbers = [1, 2, 3]
print("refcount of numbers:", sys.getrefcount(numbers))
alias = numbers
print("after alias = numbers:", sys.getrefcount(numbers))
del alias
print("after del alias:", sys.getrefcount(numbers))

# id() is the object's address in the simulated obmalloc heap; a freed block is reused at once.
a = [0]
first = id(a)
del a
b = [0]
print("the new list reuses the freed block:", id(b) == first)

# Sizes are CPython 3.11's.
print("sizes:", sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof(1.5), sys.getsizeof("abc"))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


n = Noisy("n")
n = None          # the last reference goes: __del__ runs right here
print("done")
