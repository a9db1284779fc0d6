# coding: bogus
print("never")
