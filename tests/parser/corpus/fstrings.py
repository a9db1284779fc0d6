f'{a!r} {b!s} {c!a}'
f'{x:>10}' f'{x:{width}.{prec}f}'
f'{x=}' f'{x = }' f'{x=!r:>5}' f'{a + b=}'
f'{{literal}} {x}'
f'{"nested"} {f"{inner}"}'
f'{x:%Y-%m-%d}'
f'''{
    x
}'''
f'{ {1: 2}[1] }'
f'{(lambda x: x)(1)}'
f'{x,y}' f'{*a,}'
f'' f'plain'
f'{3.14:.{n}}'
