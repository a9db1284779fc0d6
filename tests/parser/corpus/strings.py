s1 = 'single' "double" '''triple''' """triple double"""
s2 = r'raw\n' R"RAW\d" u'unicode'
s2b = b'bytes\x00' rb'\raw' Br"x"
s3 = 'escapes: \n \t \\ \' \" \x41 \u00e9 \U0001F600 \101 \N{BULLET}'
s4 = f'{x}' f"{x!r:>10}" f'{x=}' f'{x = !s:^{width}.{prec}}' f'{{literal}} {y:{z}}'
s5 = f'{a}' 'plain' f'{b!a}' "end"
s6 = b'a' b'b'
s7 = 'unicode: é 日本 😀'
s8 = f"{'nested' + f'{inner}'}"
s9 = f'{x:%Y-%m-%d}' f'{3.14159:.2f}' f'{n:,}' f'{obj.attr[0]}'
s10 = """multi
line
string"""
s11 = f'''triple {x}
second {y!r}'''
s12 = u'u prefix'
