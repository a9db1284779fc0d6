s = 'Hello, World'
print(s.lower(), s.upper(), len(s), s[0], s[-5:], s[::2], 'World' in s, s.split(', '), s.replace('l', 'L', 2))
print('a-b-c'.split('-', 1), '  pad  '.lstrip(), '  pad  '.rstrip(), 'xxhixx'.strip('x'), ','.join(str(i) for i in range(4)))
print('abc' * 3, 'ab' + 'cd', 'abc'.startswith(('x', 'a')), 'abc'.endswith('bc'), 'banana'.count('a'), 'banana'.find('n'), 'z' < 'a')
for ch in 'hé🐍':
    print(ch, ord(ch))
print(len('hé🐍'), 'hé🐍'[2], 'hé🐍'[::-1])
