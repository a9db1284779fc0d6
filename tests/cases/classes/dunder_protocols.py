class V:
    def __init__(self, *xs): self.xs = list(xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __delitem__(self, i): del self.xs[i]
    def __contains__(self, v): print('contains', v); return v in self.xs
    def __iter__(self): return iter(self.xs)
    def __bool__(self): return bool(self.xs)
    def __repr__(self): return f"V{tuple(self.xs)}"
    def __str__(self): return 'V-str'
    def __add__(self, o): return V(*(self.xs + o.xs))
    def __radd__(self, o): return V(o, *self.xs)
    def __iadd__(self, o): self.xs += o.xs; return self
    def __eq__(self, o): return isinstance(o, V) and self.xs == o.xs
    def __lt__(self, o): return len(self) < len(o)
    def __hash__(self): return hash(tuple(self.xs))
    def __call__(self, *a, **k): return (a, k)
    def __neg__(self): return V(*[-x for x in self.xs])
    def __abs__(self): return sum(self.xs)
    def __index__(self): return len(self.xs)
v = V(1, 2, 3)
print(len(v), v[0], v[-1], v[1:], 2 in v, 9 in v, list(v), bool(V()), repr(v), str(v), f"{v}", v + V(4), 0 + v)
v[0] = 10; del v[1]; print(v, v(1, k=2), -v, abs(v), [0, 1, 2, 3][v], hex(v))
w = v; w += V(7); print(w is v, v, V(1) == V(1), V(1) != V(2), sorted([V(1, 2), V(1)]), {V(1): 'a'}[V(1)])
print(max(V(1), V(1, 2)), min([V(3, 3), V(3)]), V(1) < V(1, 2), V(1, 2) > V(1))
class Old:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(list(Old()), 20 in Old(), list(reversed(V(1, 2))))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(1), Cmp(1) == 1)
class B:
    def __bool__(self): return 0
try: bool(B())
except TypeError as e: print(e)
class L:
    def __len__(self): return -1
try: len(L())
except ValueError as e: print(e)
