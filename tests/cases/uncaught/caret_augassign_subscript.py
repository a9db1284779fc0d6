# A missing key in an augmented assignment: the carets are under the subscript target.
counts = {"a": 1}
counts["a"] += 1
print(counts)
counts["b"] += 1
