# At exit, __main__ goes first (its dict freed in entry order), then the imported module.
import shutdown_noisy_mod
x = shutdown_noisy_mod.Noisy("main.x")
_y = shutdown_noisy_mod.Noisy("main._y")
print("end")
