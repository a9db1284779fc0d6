import sys
sys.stdout.write("w1\n")
print("p", file=sys.stdout)
print(sys.getrecursionlimit())
print(sys.intern("ab" + "c") is sys.intern("abc"))
