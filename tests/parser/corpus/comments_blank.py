# comment

x = 1  # trailing

# another
def f():
    # inside

    return x  # ret
    # after
