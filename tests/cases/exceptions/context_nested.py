try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2)
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__)
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        raise ValueError(2) from k
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__, repr(e.__cause__))
def f():
    try:
        1/0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError as ie:
            return ie
r = f(); print(repr(r), repr(r.__context__))
try:
    try:
        raise KeyError(1)
    finally:
        raise TypeError(3)
except TypeError as e:
    print(repr(e.__context__))
try:
    try:
        raise KeyError(1)
    except KeyError:
        pass
    raise ValueError(5)
except ValueError as e:
    print(repr(e.__context__))
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        raise k
except KeyError as e:
    print(repr(e.__context__))
