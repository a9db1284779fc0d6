print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (10).bit_length())
print(abs(-5), -5 % 3, 5 % -3, -(5 // -3), True + True, 7 // 0.5, (-8) ** (1/3) == 0)
print(int("-0x1f", 16), 0o17, 0b11, 1_000_000, 3 ** -1, 2 ** 0.5 * 2 ** 0.5 == 2)
