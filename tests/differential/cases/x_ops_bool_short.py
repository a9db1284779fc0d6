def t(x):
    print("eval", x)
    return x
print(t(0) or t(2), t(1) and t(0), not t(""), t(None) is None)
print(1 if [] else 2, [] or "default", 0 and 1 / 0)
