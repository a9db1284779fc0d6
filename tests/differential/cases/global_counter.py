count = 0
def bump(n=1):
    global count
    count += n
    return count
for i in range(5):
    bump(i)
print(count)
history = []
def log(msg, _cache={}):
    _cache[msg] = _cache.get(msg, 0) + 1
    history.append(msg)
    return _cache[msg]
print(log('a'), log('b'), log('a'), history)
