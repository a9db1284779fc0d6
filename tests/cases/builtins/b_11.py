print(repr("a'b"), repr('a"b'), repr("\n\t"), ascii("\xe9"))
