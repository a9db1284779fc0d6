class A:
    def m(self):
        nonlocal __class__
        return __class__
print(A().m().__name__)
