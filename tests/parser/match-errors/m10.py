match x:
  case (a | 1) | 2: pass
