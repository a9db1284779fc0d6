# format() and f-strings with complex values
z = 3.14159 - 2.5j
print(format(z, ''), format(z, '.2f'), format(z, '.3e'), format(z, 'g'), format(z, '+.1f'))
print(f'{z:>25}|{z:<25}|{z:^25}|')
print(f'{z:10.2f}|{z:*^24.3f}|', f'{1j:.1f}', f'{-0j:.1f}', f'{complex(1, 1e20):.2g}')
print('%s %r' % (z, z), '{} {!r} {:.1f}'.format(1j, 2j, 3 + 4j))
