import sys
print("out")
sys.exit(2)
print("never")
