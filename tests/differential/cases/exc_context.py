try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError('a')
    except ValueError as v:
        raise KeyError('b') from None
except KeyError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__)
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print('reraised', e)
