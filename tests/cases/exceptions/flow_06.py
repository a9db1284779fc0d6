class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise MyErr(1, 2)
except MyErr as e:
    print(e, e.args, e.b)
