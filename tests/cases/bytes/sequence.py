# bytes as a sequence: indexing gives ints, slicing gives bytes, iteration, in, len
b = b'hello world'
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[0:5], b[6:], b[::-1], b[::2], b[100:], b[-3:-1])
print(list(b[:3]), [x for x in b'\x00\xff'], tuple(b'ab'))
print(b'wor' in b, 111 in b, b'' in b, b'xyz' in b, 0 in b)
print(len(b), len(b''), bool(b''), bool(b'\x00'))
it = iter(b'ab')
print(next(it), next(it), next(it, 'done'))
print(sorted(b'cab'), max(b'az'), sum(b'\x01\x02'))
for bad in [lambda: b[11], lambda: b['x'], lambda: 'h' in b, lambda: 256 in b, lambda: b[1.5]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
