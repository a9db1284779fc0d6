#!/usr/bin/env python3
"""Re-records what src/util/pyrepr.ts is checked against, from CPython 3.11.

  tests/util/pyrepr-more.json    repr() of more floats, strs, bytes, complexes and ints
  tests/util/nonprintable.json   every range of code points whose str.isprintable() is False
(tests/util/pyrepr-cases.json and src/util/unicode-printable.ts come from
scripts/gen-unicode-printable.py.)
"""
import json, os, random, sys

if sys.version_info[:2] != (3, 11):
    sys.exit('regen-pyrepr: python3 must be 3.11')
here = os.path.dirname(os.path.abspath(__file__))

def nonprintable_ranges():
    out, start = [], None
    for c in range(0x110000):
        np = not chr(c).isprintable()
        if np and start is None:
            start = c
        elif not np and start is not None:
            out.append([start, c - 1]); start = None
    if start is not None:
        out.append([start, 0x10FFFF])
    return out

def fl(x):
    return x if x == x and x not in (float('inf'), float('-inf')) else repr(x)

def cases(ranges):
    rnd = random.Random(311)
    floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 1e16, 1e15, 9999999999999998.0, 1.2345678901234568e17,
              1e-4, 1e-5, 0.00012345, 1.5e300, -1.5e-300, 5e-324, 1.7976931348623157e308, 2.0**53,
              2.0**63, 123456789.125, 0.5, 100.0, 1e22, 1e-7, 3.14159, float('inf'), float('-inf'),
              float('nan'), 1e100, 12345678901234567.0, 0.001, 1e-310]
    floats += [rnd.uniform(-1e6, 1e6) for _ in range(20)]
    floats += [rnd.random() * 10.0 ** rnd.randint(-30, 30) for _ in range(40)]
    # one printable and one non-printable character from a spread of ranges
    samples = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'tab\tnl\nret\r', '\x00\x1f\x7f',
               'é\xa0\xad', '\u2028\u200b', '日本', '😀', 'back\\slash', '\x80\x9f\xff', '\u00a0 \u3000',
               '\ud800 \udfff', '\ue000\uf8ff', '\ufeff\ufffe\uffff', '\U000e0001\U0010ffff', '\u0378\u0300a\u0301',
               '\U0001f6d8\U0001fa54', '\u088f\u2b96', "'\"", '\\\'', 'ß\u212a\u0130', '\u00ad\u061c\u180e']
    for a, b in ranges[::25]:
        samples.append(chr(a) + ' ' + chr(b) + (' ' + chr(b + 1) if b < 0x10FFFF else ''))
    bts = [b'', b'abc', b"it's", b'"', b'\'"', bytes(range(256)), b'\\\t\n\r', b'\x7f\x80']
    cplx = [(0.0, 1.0), (1.0, 2.0), (-0.0, -1.0), (0.0, -1.0), (1.5, -2.5), (0.0, 1e16), (2.0, 0.0),
            (float('nan'), float('inf')), (0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0),
            (1e-5, 1e22), (float('-inf'), float('nan')), (3.0, -0.0), (0.0, 0.5), (1.0, 1e16)]
    ints = [0, 1, -1, 2**63, -(2**100), 10**40 + 7]
    return {
        'floats': [[repr(x), fl(x)] for x in floats],
        'strs': [[s, repr(s)] for s in samples],
        'bytes': [[list(b), repr(b)] for b in bts],
        'complex': [[fl(r), fl(i), repr(complex(r, i))] for r, i in cplx],
        'ints': [[str(i), repr(i)] for i in ints],
    }

def main():
    ranges = nonprintable_ranges()
    with open(os.path.join(here, 'pyrepr-more.json'), 'w') as f:
        json.dump(cases(ranges), f, indent=0)
    with open(os.path.join(here, 'nonprintable.json'), 'w') as f:
        json.dump(ranges, f)
    print(f'recorded {len(ranges)} non-printable ranges')

main()
