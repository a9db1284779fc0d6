b = b"abc"
print(b, b[0], b[1:], len(b))
ba = bytearray(b"xy")
ba.append(65)
print(ba, bytes(3), b"a" + b"b")
print(b.hex(), list(b))
