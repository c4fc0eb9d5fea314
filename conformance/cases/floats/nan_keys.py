# NaN keys: a NaN is found in a set or dict only as the same object (identity), never as an equal NaN.
x = float('nan')
y = float('nan')
print(len({x, x}), x in {x}, y in {x}, len({x, y}), {x: 1}[x], x in [x], [x] == [x], x == x, (x,) == (x,))
d = {x: 'a', y: 'b'}
print(len(d), d[x], d[y], list(d.values()))
try:
    d[float('nan')]
except KeyError as e:
    print('KeyError', e)
s = {x, 1.0, 2}
s.discard(x)
print(s, hash(x) == hash(x), {(x,): 1}.get((x,)))
z = complex(float('nan'), 1)
w = complex(float('nan'), 1)
print(len({z, z}), z in {z}, w in {z}, len({z, w}), {z: 1}.get(w), hash(z) == hash(z))
