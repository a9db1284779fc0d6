vals = [bytes(), bytes([1, 2] if "bytes" not in ("str", "dict") else "")]
if "bytes" == "dict":
    vals.append(dict(a=1, b=[2]))
for v in vals:
    print(repr(v), str(v), len(v), bool(v), type(v).__name__)
