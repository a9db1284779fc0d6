# -*- coding: latin_1 -*-
print("never")
