# The picture of docs/teaching.md, lesson 15: an exception kept in a local of the frame it
# was raised in. After the function returns, exception -> traceback -> frame -> locals ->
# exception is a garbage cycle that holds `data` too, until the collector runs.
#   npx glasspy run --heap-svg exception_cycle.svg docs/img/exception_cycle_demo.py
import gc
import glasspy


class Buffer:
    pass


def keeps_error():
    data = Buffer()
    try:
        1 / 0
    except ZeroDivisionError as e:
        error = e
    return 'done'


gc.disable()
keeps_error()
glasspy.snapshot('after the call')
