class A:
    def __init__(self, x):
        if x < 0:
            raise ValueError('neg')
        self.x = x
    def __del__(self):
        print('del A', getattr(self, 'x', None))
try:
    A(-1)
except ValueError as e:
    print('caught', e)
a = A(1)
try:
    A()
except TypeError as e:
    print(e)
try:
    A(1, 2)
except TypeError as e:
    print(e)
class B:
    pass
try:
    B(1)
except TypeError as e:
    print(e)
print('end')
