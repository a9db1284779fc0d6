vals = [dict(), dict([1, 2] if "dict" not in ("str", "dict") else "")]
if "dict" == "dict":
    vals.append(dict(a=1, b=[2]))
for v in vals:
    print(repr(v), str(v), len(v), bool(v), type(v).__name__)
