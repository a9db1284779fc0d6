try:
  pass
else:
  pass
