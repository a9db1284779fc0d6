import sys
print('x')
raise SystemExit('bye now')
