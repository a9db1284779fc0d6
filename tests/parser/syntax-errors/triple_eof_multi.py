x = """abc
def
ghi
