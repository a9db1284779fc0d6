'a'; "b"; '''c'''; """d"""
r'\n'; R"\d"; b'x'; B"y"; br'\x'; Rb'\y'; rB"z"; BR'w'
u'uni'; U"uni2"
f'{x}'; F"{y}"; rf'{z}\n'; fR'{w}'
'con' "cat" '''en''' """ation"""
b'a' b'b'
'a' f'{b}' 'c'
'\x41\u00e9\U0001F600\N{BULLET}\0\777\a\b\f\v\t\r\n\\\'\"'
b'\x00\xff\n\\'
'line\
continued'
"""multi
line"""
