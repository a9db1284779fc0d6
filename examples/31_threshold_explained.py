# Automatic collection: the generation-0 threshold.
# Run:  glasspy run --explain-gc examples/31_threshold_explained.py
#
# Every new container object (here: each Box) adds 1 to generation 0's count;
# when the count goes over the threshold the collector runs by itself, in the
# middle of whatever line allocated. Each Box refers to itself, so only the
# collector can free it.
import gc


class Box:
    def __init__(self, n):
        self.n = n
        self.me = self


def make(n):
    Box(n)


make(-1)             # a first Box, so that the loop below only makes Boxes
gc.set_threshold(5)
gc.collect(0)        # start from an empty generation 0
for i in range(8):
    make(i)
print('done')
