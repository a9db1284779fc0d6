vals = [set(), set([1, 2] if "set" not in ("str", "dict") else "")]
if "set" == "dict":
    vals.append(dict(a=1, b=[2]))
for v in vals:
    print(repr(v), str(v), len(v), bool(v), type(v).__name__)
