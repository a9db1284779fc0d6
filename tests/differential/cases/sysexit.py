import sys
class N:
    def __del__(self):
        print("bye")
n = N()
print("exiting")
sys.exit(3)
