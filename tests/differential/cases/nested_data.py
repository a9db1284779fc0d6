data = {'users': [{'name': 'ann', 'tags': ['a', 'b']}, {'name': 'bob', 'tags': []}], 'count': 2}
for u in data['users']:
    print(u['name'], len(u['tags']), u.get('missing', '-'))
data['users'][1]['tags'].append('z')
print(data)
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
