import gc
gc.disable()
head = [None]
node = head
for i in range(1000000):
    nxt = [None]
    node[0] = nxt
    node = nxt
node[0] = head
del node, nxt, head
print(gc.collect())
