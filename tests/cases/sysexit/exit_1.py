import sys
print("out")
sys.exit(1)
print("never")
