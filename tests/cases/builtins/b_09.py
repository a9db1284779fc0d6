print(hash(1), hash(-1), hash(2**61), hash(1.0), hash(True), hash(()) == hash(()))
