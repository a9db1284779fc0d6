print(round(1234.5678, -2), round(0.5), round(-0.5), round(7, 1))
