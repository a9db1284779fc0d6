# which results are the receiver itself (return_self) and which bytes objects are shared
import sys
x=bytes(range(5))
print(sys.getrefcount(x * 0), sys.getrefcount(x[:0]) > 100000, (x * 1) is x)
sep=bytearray(b'=')
p=b'a=b'.partition(sep); print(p, p[1] is sep)
s=bytes(range(3)); print(s.center(2) is s, s.split(b'z')[0] is s, s.strip() is s, s.replace(b'z',b'y') is s, s.translate(None) is s, s.removeprefix(b'q') is s, s.zfill(1) is s, s.split()[0] is s, s.partition(b'z')[0] is s, s.rpartition(b'z')[2] is s, s.rsplit(b'z')[0] is s, s.lstrip(b'z') is s, s.upper() is s, s.expandtabs() is s, s.ljust(0) is s)
t = bytes.maketrans(b'', b''); print(s.translate(t) is s, s.translate(t, b'z') is s, s.translate(None, b'z') is s)
ab=b'abc'; print(ab.replace(b'a', b'a') is ab, ab.replace(b'a', b'b', 0) is ab)
a1 = b'a'
print(s.splitlines()[0] is s, b'a\nb'.splitlines()[0] is a1, b''.join([s]) is s, b'-'.join([s]) is s, bytearray(b'-').join([s]) is s)
z = b'x'
print(sys.getrefcount(z*0) < 10, sys.getrefcount(b''*3) > 10)
ba = bytearray(b'a=b')
pp = ba.partition(b'=')
print(pp, [type(q).__name__ for q in pp])
