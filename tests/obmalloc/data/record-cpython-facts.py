"""Record facts about CPython's real pymalloc, read from its own bytes with ctypes.

Run with python3 (3.11, 64-bit): writes cpython-3.11-facts.json next to this file; run with a
64-bit 3.7 (pyenv's 3.7.16: 16-byte alignment, 4 KiB pools) to write cpython-3.7-facts.json. The facts do
not depend on what else the interpreter has allocated: pool header fields of the pool a fresh
block lands in, free-list links, LIFO reuse, the realloc keep-in-place rule, and a full pool
coming back to the front of its ring. tests/obmalloc/cpython-facts.test.ts replays the same
scenarios on glasspy's LAYOUT_311 and compares.
"""
import ctypes
import json
import os
import re
import struct
import sys
import tempfile

VERSION = "%d.%d" % sys.version_info[:2]
assert VERSION in ("3.11", "3.7") and sys.maxsize > 2**32

api = ctypes.pythonapi
api.PyObject_Malloc.restype = ctypes.c_void_p
api.PyObject_Malloc.argtypes = [ctypes.c_size_t]
api.PyObject_Realloc.restype = ctypes.c_void_p
api.PyObject_Realloc.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
api.PyObject_Free.restype = None
api.PyObject_Free.argtypes = [ctypes.c_void_p]

POOL_SIZE = 16384 if VERSION == "3.11" else 4096
FIELDS = ("count", "pad", "freeblock", "nextpool", "prevpool", "arenaindex", "szidx", "nextoffset", "maxnextoffset")


def header(pool):
    return dict(zip(FIELDS, struct.unpack("<IIQQQIIII", ctypes.string_at(pool, 48))))


def link(p):
    return struct.unpack("<Q", ctypes.string_at(p, 8))[0]


facts = {"blocks": [], "realloc": [], "full_pool_front": None, "wholly_free_arenas": None}

# Classes 1 (17..32 bytes) and 3 (49..64) are skipped: objects ctypes creates between calls
# (the int holding each address, ...) land there and disturb the free lists.
for n in (1, 8, 16, 33, 48, 100, 256, 511, 512):
    p = api.PyObject_Malloc(n)
    pool = p & ~(POOL_SIZE - 1)
    h = header(pool)
    size = (h["szidx"] + 1) * 16
    fb_before = h["freeblock"]
    api.PyObject_Free(p)
    h2 = header(pool)
    again = api.PyObject_Malloc(n)
    facts["blocks"].append({
        "n": n,
        "align16": p % 16 == 0,
        "szidx": h["szidx"],
        "maxnextoffset": h["maxnextoffset"],
        "offset_is_block_start": (p - pool - 48) % size == 0 and p - pool >= 48,
        "nextoffset_is_block_boundary": (h["nextoffset"] - 48) % size == 0,
        "count_positive": h["count"] > 0,
        "freed_is_freeblock": h2["freeblock"] == p,
        "freed_links_to_old_freeblock": link(p) == fb_before,
        "count_drops_by_one": h2["count"] == h["count"] - 1,
        "lifo_reuse": again == p,
    })
    api.PyObject_Free(again)

for old, new in ((100, 112), (100, 85), (100, 84), (100, 60), (100, 113), (100, 200), (512, 385), (512, 384), (16, 13), (16, 12), (600, 100)):
    p = api.PyObject_Malloc(old)
    q = api.PyObject_Realloc(p, new)
    facts["realloc"].append({"old": old, "new": new, "same": p == q})
    api.PyObject_Free(q)

# A full pool of the 496-byte class: free one of its blocks, and the next request gets it back.
blocks = [api.PyObject_Malloc(496) for _ in range(400)]
by_pool = {}
for b in blocks:
    by_pool.setdefault(b & ~(POOL_SIZE - 1), []).append(b)
full = [pool for pool, bs in by_pool.items() if header(pool)["count"] == len(bs) == (POOL_SIZE - 48) // 496]
pool = full[0]
victim = by_pool[pool][5]
api.PyObject_Free(victim)
h = header(pool)
facts["full_pool_front"] = {
    "blocks_per_pool": (POOL_SIZE - 48) // 496,
    "freeblock_after_free": h["freeblock"] == victim,
    "link_is_null": link(victim) == 0,
    "next_malloc_reuses": api.PyObject_Malloc(496) == victim,
}



def arenas_now():
    """(# arenas allocated current, # arenas allocated total) from sys._debugmallocstats()."""
    fd, path = tempfile.mkstemp()
    saved = os.dup(2)
    os.dup2(fd, 2)
    sys._debugmallocstats()
    os.dup2(saved, 2)
    os.close(saved)
    os.close(fd)
    with open(path) as f:
        text = f.read()
    os.unlink(path)
    def num(label):
        return int(re.search(label + r" +=\s+([\d,]+)", text).group(1).replace(",", ""))
    return num("# arenas allocated current"), num("# arenas allocated total")


# Fill fresh arenas with 512-byte blocks (addresses kept in a C array, so no Python object per
# block lands in them), then free them all in allocation order: 3.7 returns every wholly free
# arena; 3.9+ keeps the one that is last in usable_arenas.
N = 20000
kept = (ctypes.c_void_p * N)()
before, _ = arenas_now()
for i in range(N):
    kept[i] = api.PyObject_Malloc(512)
during, _ = arenas_now()
for i in range(N):
    api.PyObject_Free(kept[i])
after, _ = arenas_now()
facts["wholly_free_arenas"] = {"blocks": N, "new_arenas_positive": during > before, "kept_after_freeing_all": after - before}

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cpython-%s-facts.json" % VERSION)
with open(out, "w") as f:
    json.dump(facts, f, indent=1)
    f.write("\n")
print("wrote", out)
