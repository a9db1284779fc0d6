# With gc disabled, the first collection at exit (PyGC_Collect) does nothing: the cycle is
# found only by the collection that follows emptying sys.modules.
import gc
from shutdown_noisy_mod import Noisy
a = Noisy("cycle")
a.me = a
del a
b = Noisy("main.b")
gc.disable()
print("end")
