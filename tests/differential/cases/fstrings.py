name = 'world'
n = 3
print(f'hello {name}!', f'{n + 1}', f'{name!r}', f'{[1, 2]}', f'{{literal}}', f'{n}{n}', f'''{name}''')
print(f'{"nested"}', f'{n * 2 if n else 0}', f'{name.upper()}')
