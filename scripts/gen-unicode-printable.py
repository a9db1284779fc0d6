#!/usr/bin/env python3
"""Regenerates src/util/unicode-printable.ts: the code points str.isprintable() rejects in
this python3 (must be 3.11, Unicode 14.0.0), as inclusive hex ranges."""
import os, sys
assert sys.version_info[:2] == (3, 11), 'run with CPython 3.11'
ranges, start = [], None
for c in range(0x110001):
    np = c < 0x110000 and not chr(c).isprintable()
    if np and start is None:
        start = c
    if not np and start is not None:
        ranges.append((start, c - 1))
        start = None
body = ','.join('%x-%x' % (a, b) if a != b else '%x' % a for a, b in ranges)
lines, line = [], ''
for part in body.split(','):
    if len(line) + len(part) + 1 > 96:
        lines.append(line)
        line = ''
    line += part + ','
lines.append(line)
path = os.path.join(os.path.dirname(__file__), '..', 'src', 'util', 'unicode-printable.ts')
text = open(path).read()
head, rest = text.split('const RANGES =\n', 1)
tail = rest[rest.index(';\n') + 2:]
with open(path, 'w') as f:
    f.write(head + 'const RANGES =\n' + ' +\n'.join("  '%s'" % l for l in lines) + ';\n' + tail)
print('%d ranges' % len(ranges))
