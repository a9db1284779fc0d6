print(isinstance(True, (str, int)), issubclass(KeyError, LookupError), callable(1))
