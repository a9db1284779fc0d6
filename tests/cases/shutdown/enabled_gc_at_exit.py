# With gc enabled, the first collection at exit finds the cycle before any module is cleared.
from shutdown_noisy_mod import Noisy
a = Noisy("cycle")
a.me = a
del a
b = Noisy("main.b")
print("end")
