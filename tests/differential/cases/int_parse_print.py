for s in ['0', '-0', '007' if False else '7', '1_000', ' 42\n', '+5', '0x1F' if False else '31']:
    print(repr(s), int(s))
print(int('ff', 16), int('0b101', 0), int('777', 8), int('z', 36), float('-1.5e3'), float('inf') > 1e308, str(-0.0), 1e-7, 123e-20)
print(10 ** 18, 10 ** 19, 2 ** 53 + 1, -(2 ** 63), 0.1 * 3, 1 / 3 * 3, 100 / 3)
