# 14 the heap grows and shrinks: every object lives in a block of obmalloc's heap.
# Blocks of one size class (8, 16, 24 ... 512 bytes) share a pool; pools are carved
# out of arenas. sys.getallocatedblocks() counts the blocks in use: watch it follow
# the objects a program makes and drops. Requests over 512 bytes (a big list's item
# array, a long string) bypass the pools and go to the system malloc instead.
#
# To see the arenas and pools themselves in glasspy:  glasspy run --malloc-stats,
# --arena-svg FILE, or glasspy.heapmap() (python3 has sys._debugmallocstats()).
import gc
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def blocks():
    return sys.getallocatedblocks()


Point(0, 0)              # a first instance sets the class up (shared attribute keys)
gc.collect()
start = blocks()
points = []
for i in range(1000):
    points.append(Point(None, None))
grown = blocks() - start
print("1000 points: %.1f blocks per point" % (grown / 1000))
print("  (one block for the object, one for its attribute values)")

words = []
size = 100                 # a variable: "w" * 100 would be folded into one constant
for n in range(1000):
    words.append("w" * size)
print("1000 strings of 100 characters: %.1f blocks per string" % ((blocks() - start - grown) / 1000))

half = blocks()
del points[:500]
print("half the points dropped, blocks given back: %.1f per point" % ((half - blocks()) / 500))

del points, words
# What remains is a handful: the ints start/grown/half themselves, and the two list
# objects, kept on the list free list (see 13_free_lists.py).
print("everything dropped: back within 20 blocks of the start:", blocks() - start < 20, "| made:", half - start > 2000)
