match x:
  case (1 | a) as c:
    pass
  case 2:
    pass
