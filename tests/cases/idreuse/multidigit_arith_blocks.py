# Arithmetic with a multi-digit operand (|v| >= 2**30) sizes its result as CPython 3.11's
# longobject.c does before normalizing it, and makes and drops the same scratch ints: which block
# the next int of a size class gets follows from that (glasspy: src/objects/longarith.ts).
import sys

two = 2
k = 2**30 + 1          # two digits


def fresh_block():
    """id of a block at the head of the 32-byte class, freed again (call it with tid = None
    first, so that the previous id int is freed before, not after)."""
    t = int('1000004')
    i = id(t)
    del t
    return i


# x_mul asks for size_a + size_b digits: 3 digits (36 bytes) for a two-digit product
tid = None
tid = fresh_block()
m = k * two
print(m, sys.getsizeof(m), id(m) == tid)

# x_add asks for one digit more than its larger operand
a = 2**40 + 5
tid = None
tid = fresh_block()
s = a + 1
print(s, sys.getsizeof(s), id(s) == tid)
sid = id(s)
del s
v = int('1099511627781')     # two digits, from the string's length
print(id(v) == sid)
u = a + 2                    # three digits again: the block s had
print(id(u) == sid)

# x_sub: operands of one size need only the digits up to the highest one that differs
b = 2**40 + 2**31
tid = None
tid = fresh_block()
d = b - a
print(d, sys.getsizeof(d), id(d) == tid)

# x_divrem: v, w (the remainder) and the quotient, in that order; v is dropped
p = 2**61 + 12345
q = 2**31 + 7
t1 = int('1000001')
t2 = int('1000002')
i1, i2 = id(t1), id(t2)
del t1, t2
dv, md = divmod(p, q)
print(dv, md, id(md) == i2, id(dv) == i1)

# divrem1 (a one-digit divisor): the quotient first, then the remainder
t1 = int('1000001')
t2 = int('1000002')
i1, i2 = id(t1), id(t2)
del t1, t2
dv, md = divmod(p, 1000)
print(dv, md, id(dv) == i2, id(md) == i2, id(md) == i1)

# ~x is -(x + 1), made by x_add
tid = None
tid = fresh_block()
n = ~a
print(n, sys.getsizeof(n), id(n) == tid)

# long_lshift1: size_a + wordshift digits, one more for a partial shift
tid = None
tid = fresh_block()
sh = a << 1
print(sh, sys.getsizeof(sh), id(sh) == tid)

# long_bitwise: a negative operand's two's complement is a scratch int, made before the result
tid = None
tid = fresh_block()
bw = -a & 0xFFFFFFFFFF
print(bw, id(bw) == tid)

# long_pow: left-to-right binary exponentiation, one product per step (2**32 * 2**8 by x_mul)
t8 = 2**8
tid = None
tid = fresh_block()
pw = t8 ** 5
print(pw, sys.getsizeof(pw), id(pw) == tid)

# >> of a negative int is ~(~a >> n), each step an int of its own
tid = None
tid = fresh_block()
rs = (-a) >> 3
print(rs, id(rs) == tid)

# pow(a, b, m): each product reduced by l_divmod, the scratch ints dropped step by step
tid = None
tid = fresh_block()
pm = pow(123456789, 987654321, 10**12 + 39)
print(pm, id(pm) == tid)

# % and // by a one-digit divisor (divrem1): the quotient (two digits) is made first, then the
# remainder; % drops the quotient, // the remainder
tid = None
tid = fresh_block()
md2 = a % 100000
nx = int('1000005')
print(md2, id(md2) == tid, id(nx) == tid)
tid = None
tid = fresh_block()
fd2 = a // 1000
print(fd2, id(fd2) == tid)
tid = None
tid = fresh_block()
fd3 = a // 2**29
print(fd3, id(fd3) == tid)
