x = 3.14159
n = 1234567
print(f"{x:.2f}|{x:8.3f}|{x:<8.1f}|{x:^9.2f}|{x:+.1f}|{x:e}|{x:.3e}|{x:g}|{x:.2%}|{-x:010.2f}")
print(f"{n:,}|{n:_}|{n:10d}|{n:<10}|{n:^10}|{n:x}|{n:#x}|{n:#o}|{n:b}|{n:08d}|{-42:+05d}|{n:,.2f}")
print(f"{'hi':>5}|{'hi':*<6}|{'hi':^7}|{'hello':.3}|{'x':=>4}")
print(format(0.1, '.20f'), format(1e20, 'g'), format(1.5e-7, 'g'), format(123456789.0, 'g'), format(100.0, 'g'), format(0.0001, 'g'))
print(format(255, 'X'), format(2**70, ','), format(True, 'd'), format(3, '.2f'), format(1234.5, ',.1f'))
print(f"{1e16:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1/3:.10f}")
