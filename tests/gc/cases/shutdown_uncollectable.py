# At exit, objects left in gc.garbage are listed on stderr under DEBUG_UNCOLLECTABLE
# (_PyGC_DumpShutdownStats), after the collection that follows emptying sys.modules.
import gc
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name, "sees z =", z)
z = 5
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
gc.garbage.append(Noisy("in garbage"))
a = Noisy("a")
print("end")
