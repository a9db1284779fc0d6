try:
    pass
except Exception:
    print("no")
else:
    print("else")
finally:
    print("fin")
