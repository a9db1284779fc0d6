print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{name} is {age}".format(name="ann", age=3))
print("{:>6}|{:<6}|{:^6}|{:.2f}|{:,}|{!r}|{0[1]}".format("x", "y", "z", 3.14159, 1234567, "q", [5, 6]) if False else "{:>6}|{:<6}|{:^6}|{:.2f}|{:,}|{!r}".format("x", "y", "z", 3.14159, 1234567, "q"))
class P:
    x = 4
print("{0.x} {p.x} {{literal}} {d[k]}".format(P(), p=P(), d={"k": "v"}), "{:{w}}|".format("a", w=4))
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{missing}".format()
except KeyError as e:
    print(repr(e))
