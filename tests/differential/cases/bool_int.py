print(True == 1, False == 0, hash(True), True + True, True * 3, -True, ~True, True / 2, True // 2, True & False, True | False, True ^ True, str(True), repr(False), int(True), bool(0), bool('0'), bool([]), bool(None), bool(object()))
print(isinstance(True, int), type(True + 1).__name__, type(True & True).__name__, [True, False].count(1), {True: 'a', 1: 'b'})
