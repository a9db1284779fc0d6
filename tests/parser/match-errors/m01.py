match x:
  case _ | b: pass
