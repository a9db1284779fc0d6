# A module still referenced (from builtins) when sys.modules is emptied has its names cleared:
# one leading underscore first, then the rest.
import builtins, shutdown_noisy_mod
builtins.keep = shutdown_noisy_mod
x = shutdown_noisy_mod.Noisy("main.x")
print("end")
