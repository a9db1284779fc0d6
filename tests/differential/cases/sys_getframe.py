import sys
def who():
    return sys._getframe(1).f_code.co_name
def caller():
    return who()
print(caller(), sys._getframe().f_code.co_name)
def show_locals():
    a = 1
    b = "two"
    return sorted(sys._getframe().f_locals.items())
print(show_locals())
