# 05 exceptions hold references: the exception's args keep their objects alive,
# `except ... as e` deletes e when the block ends, and a chained exception keeps
# its cause alive through __cause__.
import sys


class Payload:
    def __del__(self):
        print("  payload freed")


p = Payload()
print("before raising:", sys.getrefcount(p))
try:
    raise ValueError(p)
except ValueError as e:
    print("inside except (args holds it):", sys.getrefcount(p))
print("after the block, e is gone:", sys.getrefcount(p))
print("'e' still bound?", "e" in globals())

del p
print("payload deleted above")


def fail():
    try:
        {}["missing"]
    except KeyError as err:
        raise RuntimeError("lookup failed") from err


try:
    fail()
except RuntimeError as e:
    print("caught:", repr(e), "caused by", repr(e.__cause__))
