def g():
    try:
        yield 1
    finally:
        print("cleanup")
it = g()
next(it)
it.close()
print("closed")
