if 1:
  try:
    pass
