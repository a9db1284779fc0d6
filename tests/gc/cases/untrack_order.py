# Which tuples and dicts a collection untracks depends on the order untrack_tuples and
# untrack_dicts see them in (young's order after move_unreachable): tuples of tuples, dicts
# holding tuples created before and after them, non-str keys, in young and full collections.
import gc
gc.disable()
gc.collect()
one, two, three = 1, 2, 3


def show(label, objs):
    print(label, "".join("T" if gc.is_tracked(o) else "-" for o in objs))


inner = (one, two)
outer = (inner, three)
t1 = ([],)
t2 = (t1,)
d_before = {}
t3 = (one, two)
d_before["t"] = t3
t4 = (one, (two, three))
d_after = {"t": t4}
d_nonstr = {(one, two): three}
d_nonstr2 = {}
t5 = ("a" + str(one),)
d_nonstr2[t5] = one
d_list = {"l": []}
d_nested = {"d": {}}
d_empty = {}
d_mixed = {"a": (one,), "b": [two], "c": (three,)}
d_tt = {"a": ((one,), (two,))}
objs = [inner, outer, t1, t2, d_before, t3, t4, d_after, d_nonstr, d_nonstr2, t5, d_list, d_nested, d_empty, d_mixed, d_tt]
show("before gen0", objs)
gc.collect(0)
show("after gen0 ", objs)
gc.collect(1)
show("after gen1 ", objs)
gc.collect()
show("after full ", objs)


def fresh():
    a = (one,)
    b = (a,)
    c = {"b": b}
    e = {}
    f = (two, (three,))
    e["f"] = f
    g = {one: (one, (two,))}
    h = [(one,), {"x": (two,)}]
    k = {}
    m = (k,)
    k["m"] = (one,)
    p = {"q": (one,)}
    q = ((one,), p)
    return [a, b, c, e, f, g, h[0], h[1], k, m, p, q]


objs2 = fresh()
show("fresh      ", objs2)
gc.collect()
show("after full ", objs2)
objs3 = fresh()
gc.collect(0)
show("after gen0 ", objs3)
gc.collect(2)
show("after full ", objs3)


class Node:
    pass


x = Node()
x.self = x
x.t = ({"k": (one,)},)
del x
print("collected:", gc.collect())
