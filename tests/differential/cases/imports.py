import helper_mod
from helper_mod import twice, VALUE as V
import math, time, sys
print(helper_mod.VALUE, twice(4), V, helper_mod.Thing.__module__, helper_mod.__name__)
print(math.floor(3.5), type(time.time()).__name__, "helper_mod" in sys.modules)
try:
    import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helper_mod import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
