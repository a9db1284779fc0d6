import sys
sys.getrefcont(1)
