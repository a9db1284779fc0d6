# The arena picture of docs/pictures.md: pools of several size classes, then half the blocks
# of some pools freed (they go on their pool's free list) and a whole pool emptied.
#   npx glasspy run --arena-svg arena.svg docs/img/arena_demo.py
import glasspy

floats = [i + 0.5 for i in range(400)]        # 24-byte blocks (float objects)
pairs = [(i, -i) for i in range(300)]          # 48-byte blocks (2-tuples with their gc header)
words = ['word%d' % i for i in range(200)]     # str objects of one size class
del floats[::2]                                # every other float freed: free blocks
del pairs[:]                                   # every pair freed: a pool goes empty
glasspy.snapshot('after the deletions')
