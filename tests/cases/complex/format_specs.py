# format(complex, spec): every presentation type, signs, fills, grouping, and the spec errors
z = 1.23456789 - 2.5j
for spec in ['', '.3', '10', '<20', '+', '+.2f', '.2e', 'g', '.4g', '^30.2f', '*>25', ' ', '-.1f', '10.3', '=+20.2f', '0>20.2f', 'n', '.0f', 'E', 'G', '%']:
    try:
        print(repr(spec), repr(format(z, spec)), repr(format(3j, spec)), repr(format(complex(1, 0), spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
inf, nan = float('inf'), float('nan')
for v in [complex(-0.0, 1), complex(0.0, -0.0), complex(inf, nan), 1e20 + 1e-20j, -1 - 1j]:
    print(format(v, ''), format(v, '.2f'), format(v, '>12'), format(v, '+g'), format(v, ',.1f'), f'{v:_}')
