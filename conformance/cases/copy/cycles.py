# deepcopy keeps cycles and shared references: the memo maps id(original) -> copy
import copy

l = [1]
l.append(l)
m = copy.deepcopy(l)
print(m, m[1] is m, m is l)
d = {'name': 'root'}
d['self'] = d
d['kids'] = [d, {'parent': d}]
e = copy.deepcopy(d)
print(e['self'] is e, e['kids'][0] is e, e['kids'][1]['parent'] is e, e is d)
shared = [0]
pair = [shared, shared, (shared,)]
dp = copy.deepcopy(pair)
print(dp, dp[0] is dp[1], dp[2][0] is dp[0], dp[0] is shared)
# a tuple inside a cycle
t_holder = []
t = (t_holder,)
t_holder.append(t)
t_copy = copy.deepcopy(t)
print(type(t_copy).__name__, t_copy[0][0] is t_copy, t_copy is t)


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

    def __repr__(self):
        return f'Node({self.value})'


a, b, c = Node('a'), Node('b'), Node('c')
a.next, b.next, c.next = b, c, a
a2 = copy.deepcopy(a)
print(a2, a2.next, a2.next.next, a2.next.next.next is a2, a2 is a)
ring = copy.deepcopy([a, b, c])
print(ring[0].next is ring[1], ring[2].next is ring[0], ring[1] is b)
# the memo argument: what was copied, and the originals kept alive under id(memo)
memo = {}
v = [1, 2]
w = copy.deepcopy([v, v], memo)
print(len(memo), memo[id(v)] is w[0], w[0] is w[1])
print(len(memo[id(memo)]), memo[id(memo)][0] is v)
pre = ['replacement']
memo2 = {id(v): pre}
print(copy.deepcopy([v, 3], memo2), copy.deepcopy([v], memo2)[0] is pre)
