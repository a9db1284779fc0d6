# str results: kinds/sizes derived without rescans, and when CPython hands back the same object
import sys
s = 'abcdef'
print(s.rjust(3) is s, s.ljust(6) is s, s.center(2) is s, s[:] is s, s[0:6] is s, s[1:] is s)
class S(str): pass
x = S('abcd')
print(type(x.rjust(2)), x.rjust(2) is x, type(x[:]), x[:] is x)
for t in ['abc', 'é' * 3, 'ab\u20ac', 'a\U0001f600b', '']:
    for u in [t + 'x', t.rjust(8, 'é'), t.ljust(9), 'é'.join([t, t]), ','.join([t, 'q']), t.upper(), t.replace('a', 'é'), t.replace('b', ''), t[1:], t * 2]:
        print(repr(u), sys.getsizeof(u), len(u))
    print(t.count('b'), t.count('b', 1), t.count('', 1, 2), t.startswith('a', 0), t.endswith('b', 0, 2), t.startswith(('z', 'ab')))
    print([sys.getsizeof(p) for p in (t + ',1,' + t).split(',')])
a3 = 'aaa'
print(a3.replace('a', 'a') is a3, a3.replace('b', 'c') is a3, a3.replace('a', 'b', 0) is a3, str(-1234), sys.getsizeof(str(-1234)))
print('ab\U0001f600ab'.count('ab'), 'ab\U0001f600ab'.count('\U0001f600'), 'xaaaa'.count('aa', 1, 4), 'é\U0001f600'.endswith('\U0001f600'))
s = 'abcdefg'
print(f"{s}" is s, f"{s!s}" is s, f"{s:}" is s, sys.getrefcount(s))
x = f"{s}"
print(sys.getrefcount(s))
t = f"a{s}é{1}"
print(t, sys.getsizeof(t), sys.getsizeof(f"a{s}b{2}"), sys.getsizeof(f"{s}\u20ac"))
print(f"abc" == "abc", sys.getsizeof(f"x{s!r:>12}"))
