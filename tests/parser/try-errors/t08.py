try:
  pass
# c
