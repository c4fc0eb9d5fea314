# Builtin types' special methods are attributes too: [].__add__, (5).__neg__; found by fuzz/
L = [1]
print(L.__add__([2]), L.__iadd__([3]), L, L.__len__(), L.__contains__(3))
print((5).__neg__(), (3).__add__(4), 'ab'.__len__(), 'a'.__mul__(3), {1: 2}.__getitem__(1))
