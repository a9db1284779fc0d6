print(round(2.675, 2), round(0.125, 2), round(2.5), round(-0.5), round(1234.5678, -2), round(0.1+0.2, 10), round(1e300, 2), round(-2.5, 0), round(5.0, -1), round(15.0, -1), round(25.0, -1))
