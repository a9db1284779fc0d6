import sys
print("out")
sys.exit(0)
print("never")
