class MyErr(Exception):
    def __init__(self, code): super().__init__("code", code); self.code = code
try:
    raise MyErr(4)
except Exception as e:
    print(type(e).__name__, e.args, e.code, str(e), repr(e))
print(issubclass(MyErr, BaseException), KeyError("x"), repr(KeyError("x")))
