# Weak references, __del__ and resurrection inside one collection.
# Run:  glasspy run --explain-gc examples/32_finalizer_explained.py
#
# The collector first clears weak references to the garbage (and calls their
# callbacks), then calls __del__ once per object (PEP 442). A __del__ that
# stores its object somewhere reachable resurrects it: the collector notices
# and does not free anything that became reachable again.
import gc
import weakref

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print('__del__ of', self.name)
        if self.name == 'p':
            saved.append(self)


def gone(ref):
    print('weakref callback: the referent is gone')


p = Phoenix('p')
q = Phoenix('q')
p.partner = q
q.partner = p
watch = weakref.ref(q, gone)
del p, q
print('collected', gc.collect())
print('saved:', [x.name for x in saved])
print('watch() is None:', watch() is None)
