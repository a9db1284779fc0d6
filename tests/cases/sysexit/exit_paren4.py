import sys
print("out")
sys.exit((4))
print("never")
