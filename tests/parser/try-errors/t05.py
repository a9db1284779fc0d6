if 1:
  try:
    pass
  x = 1
