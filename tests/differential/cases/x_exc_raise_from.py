try:
    1 / 0
except ZeroDivisionError as e:
    raise RuntimeError("outer") from e
