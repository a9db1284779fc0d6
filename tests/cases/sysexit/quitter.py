# exit and quit are site's Quitter objects: their repr tells how to leave, a call raises
# SystemExit(code) with code None by default.
print(repr(exit))
print(repr(quit))
print(type(exit).__name__, exit is not quit)
try:
    exit()
except SystemExit as e:
    print("exit():", e.args, e.code)
try:
    quit(code="bye")
except SystemExit as e:
    print("quit(code=...):", e.args)
for bad in ((1, 2), ()):
    try:
        exit(*bad, **({} if bad else {"nope": 1}))
    except TypeError as e:
        print("TypeError:", e)
quit(5)
