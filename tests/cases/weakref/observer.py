# an observer built on WeakSet + WeakMethod + finalize: listeners vanish as they die, by refcount
# or by a collection, and the last one's finalizer runs at exit
import weakref, gc

class Signal:
    def __init__(self):
        self._slots = weakref.WeakSet()
        self._methods = {}
    def connect(self, obj, name):
        self._slots.add(obj)
        wm = weakref.WeakMethod(getattr(obj, name), self._gone)
        self._methods[id(obj)] = wm
    def _gone(self, wm):
        print('slot method gone')
        for k, v in list(self._methods.items()):
            if v is wm:
                del self._methods[k]
    def emit(self, *args):
        for wm in list(self._methods.values()):
            m = wm()
            if m is not None:
                m(*args)

class Listener:
    def __init__(self, name):
        self.name = name
        weakref.finalize(self, print, 'finalized listener', name)
    def on(self, x):
        print(self.name, 'got', x)

sig = Signal()
a, b = Listener('a'), Listener('b')
sig.connect(a, 'on')
sig.connect(b, 'on')
sig.emit(1)
del a
sig.emit(2)
print(len(sig._slots), len(sig._methods))
b.self = b
del b
sig.emit(3)
print('collect', gc.collect())
sig.emit(4)
print(len(sig._slots), len(sig._methods))
c = Listener('c')
sig.connect(c, 'on')
print('end')
