# The collector over containers whose items are all atomic (ints, strs, floats, None): cycles
# through them are still found, and dicts and tuples of atomic items are untracked as in CPython.
import gc
gc.collect()
n = 1000
nums = [i * 3 for i in range(n)]
d = {'self': None, 'nums': [i + n for i in range(5)], 'words': ['w' + str(i) for i in range(3)]}
d['self'] = d
t = (n + 1, 'x', 2.5, None)
holder = {'a': [], 'b': 1}
holder['a'] = 2
print(gc.is_tracked(nums), gc.is_tracked(t), gc.is_tracked(holder))
del d
print(gc.collect())
print(gc.is_tracked(nums), gc.is_tracked(t), gc.is_tracked(holder), sum(nums))
outer = [nums, t, {'k': n}]
cyc = [outer]
outer.append(cyc)
del outer, cyc
print(gc.collect(), len(nums), gc.is_tracked(nums))
keep = {'ints': {i: i for i in range(50)}, 'strs': {str(i): 'v' for i in range(50)}}
keep['me'] = keep
print(gc.collect(), gc.is_tracked(keep['ints']), gc.is_tracked(keep['strs']), gc.is_tracked(keep))
del keep
print(gc.collect())
