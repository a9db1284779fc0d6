import sys
print('before')
sys.exit(None)
print('never')
