# 15 an exception that makes a cycle: a caught exception carries its traceback,
# the traceback holds the frame where it was raised, and the frame holds that
# function's local variables. Store the exception in one of those locals and you
# have a cycle: exception -> traceback -> frame -> locals -> exception. Everything
# the frame's locals refer to then lives until the cycle collector runs. This is
# why Python deletes `e` at the end of an `except ... as e:` block.
import gc


class BigBuffer:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)


gc.disable()


def keeps_error():
    data = BigBuffer("data of keeps_error")
    try:
        1 / 0
    except ZeroDivisionError as e:
        error = e                # a second name that outlives the except block
    return "done"


def forgets_error():
    data = BigBuffer("data of forgets_error")
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("  caught:", e)    # e is deleted when this block ends: no cycle
    return "done"


print("forgets_error():")
forgets_error()
print("keeps_error():")
keeps_error()
print("after keeps_error() returned, its data is still alive (in the cycle)")
print("gc.collect() ->", gc.collect())

print("the same cycle through sys.exc_info() kept in a local:")


def keeps_exc_info():
    import sys
    data = BigBuffer("data of keeps_exc_info")
    try:
        {}["missing"]
    except KeyError:
        info = sys.exc_info()    # (type, value, traceback): the traceback holds this frame
    return "done"


keeps_exc_info()
print("gc.collect() ->", gc.collect())
gc.enable()
