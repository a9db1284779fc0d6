# bytearray.extend error texts (str is iterated) and the sizes after extends and slice assignments
import sys
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: bytearray(b'a').extend('bc'))
t(lambda: bytearray(b'a').extend(5))
t(lambda: bytearray(b'a').extend([1, 'x']))
t(lambda: bytearray(b'a').extend([256]))
# temporaries: the ids of objects made right after show which blocks the temporary used
b = bytearray(b'0123456789')
b.extend([1, 2, 3])
x = bytearray(b'abcdefghijklmnopq')
print(sys.getsizeof(b), sys.getsizeof(x))
c = bytearray(b'0123456789')
blocks = sys.getallocatedblocks()
c[0:2] = b'xyz'
print(sys.getallocatedblocks() - blocks, sys.getsizeof(c))
c[0:2] = [65, 66, 67, 68]
print(sys.getallocatedblocks() - blocks, sys.getsizeof(c), c)
