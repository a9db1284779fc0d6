vals = [range(), range([1, 2] if "range" not in ("str", "dict") else "")]
if "range" == "dict":
    vals.append(dict(a=1, b=[2]))
for v in vals:
    print(repr(v), str(v), len(v), bool(v), type(v).__name__)
