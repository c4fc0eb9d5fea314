# Nested tuples as records, sorted and compared.
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 20)]
print(sorted(people))
print(sorted(people, reverse=True))
oldest = people[0]
for p in people:
    if p[1] > oldest[1]:
        oldest = p
print(oldest)
points = ((0, 0), (3, 4), (-1, 2))
for x, y in points:
    print(x, y, x * x + y * y)
tree = (1, (2, (4, None, None), None), (3, None, (5, None, None)))
def total(node):
    if node is None:
        return 0
    return node[0] + total(node[1]) + total(node[2])
print(total(tree))
print(tree)
