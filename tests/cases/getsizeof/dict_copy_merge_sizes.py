# sys.getsizeof of copies and merges of dicts: cloned keys tables, one resize before a merge.
import sys
for n in [0, 1, 5, 6, 10, 11, 22, 50, 100]:
    d = {i: i for i in range(n)}
    e = {str(i): i for i in range(n)}
    print(n, sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof(e.copy()), sys.getsizeof({**d}), sys.getsizeof(d | {}), end=' ')
    for i in range(0, n, 2):
        del d[i]
    print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
    f = {1: 2}
    f.update(e)
    print(sys.getsizeof(f))
