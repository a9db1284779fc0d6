import sys
l = list(range(20))
out = []
while l:
    out.append(sys.getsizeof(l))
    l.pop()
print(out)
l = [1] * 10
print(sys.getsizeof(l))
l.extend(range(5))
print(sys.getsizeof(l))
l.insert(0, 0)
print(sys.getsizeof(l), sys.getsizeof(l[:]), sys.getsizeof(l + l), sys.getsizeof(l * 2))
