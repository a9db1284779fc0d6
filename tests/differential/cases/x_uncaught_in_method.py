class A:
    def m(self, d):
        return d["missing"]
print("go")
A().m({})
