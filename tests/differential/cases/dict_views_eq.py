d = {"a": 1, "b": 2}
print(d.keys() == {"b", "a"}, d.keys() == {"b": 0, "a": 0}.keys(), d.items() == {("a", 1), ("b", 2)}, {}.keys() == {}.keys(), d.keys() != {"a"}, d.values() == d.values())
