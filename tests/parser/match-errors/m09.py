match x:
  case a as b:
    pass
  case 2: pass
