vals = [list(), list([1, 2] if "list" not in ("str", "dict") else "")]
if "list" == "dict":
    vals.append(dict(a=1, b=[2]))
for v in vals:
    print(repr(v), str(v), len(v), bool(v), type(v).__name__)
