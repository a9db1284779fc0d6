# 04 sizes: sys.getsizeof reports CPython 3.11's sizes, including the 16-byte
# GC header of container objects and a list's over-allocation.
import sys

print("int 0, 2**30, 2**60:", sys.getsizeof(0), sys.getsizeof(2**30), sys.getsizeof(2**60))
print("float, None, True:", sys.getsizeof(1.5), sys.getsizeof(None), sys.getsizeof(True))
print("str '', 'abc', 'é', '日本':", sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof("日本"))
print("tuple (), (1, 2):", sys.getsizeof(()), sys.getsizeof((1, 2)))

grow = []
sizes = [sys.getsizeof(grow)]
for i in range(17):
    grow.append(i)
    if sys.getsizeof(grow) != sizes[-1]:
        sizes.append(sys.getsizeof(grow))
print("a growing list's sizes:", sizes)

d = {}
dsizes = [sys.getsizeof(d)]
for i in range(12):
    d[str(i)] = i
    if sys.getsizeof(d) != dsizes[-1]:
        dsizes.append(sys.getsizeof(d))
print("a growing dict's sizes:", dsizes)


class Plain:
    pass


print("an instance of a plain class:", sys.getsizeof(Plain()))
