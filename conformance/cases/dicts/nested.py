# Dicts of lists and dicts, repr of nested structures.
db = {'alice': {'age': 30, 'langs': ['py', 'ts']}, 'bob': {'age': 25, 'langs': []}}
print(db)
db['bob']['langs'].append('c')
db['carol'] = {'age': 41, 'langs': ['rust']}
print(db['bob'], db['carol']['langs'][0])
for name, info in db.items():
    print(name, info['age'], len(info['langs']))
groups = {}
for n in range(10):
    key = n % 3
    if key not in groups:
        groups[key] = []
    groups[key].append(n)
print(groups)
grid = {(0, 0): 'a', (0, 1): 'b', (1, 0): 'c'}
print(grid, grid[(0, 1)], (1, 1) in grid)
d = {}
d['self'] = d
print(d)
e = {'x': [1, {'y': ('z', 2.5, None)}]}
print(e, repr(e) == str(e))
print({'q': "it's", "w": 'say "x"'})
