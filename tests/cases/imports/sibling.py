import helper_mod
import math, sys
print(helper_mod.double(21), helper_mod.NAME)
print(math.sqrt(16), math.floor(2.5), math.pi)
print(sys.version_info[:2], type(sys.argv))
