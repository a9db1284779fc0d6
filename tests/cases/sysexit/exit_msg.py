import sys
print("out")
sys.exit("message")
print("never")
