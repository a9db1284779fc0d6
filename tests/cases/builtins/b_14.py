x = 5
print(sorted(k for k in locals() if not k.startswith("__")), "x" in globals())
