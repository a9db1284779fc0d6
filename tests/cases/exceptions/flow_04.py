try:
    {}[1]
except KeyError:
    try:
        1/0
    except ZeroDivisionError as e:
        print(repr(e.__context__))
