import sys
for s in ['', 'a', 'ab', 'hello world', 'é', 'éé', 'ÿ', 'Ā', '€uro', '𝄞', 'a𝄞']:
    print(repr(s), len(s), sys.getsizeof(s))
print(sys.getsizeof('x' * 100), sys.getsizeof(str(12345)), sys.getsizeof('a' + 'b'))
