# RecursionError from unbounded recursion is catchable; the program continues afterwards.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RuntimeError as e:
    print('as RuntimeError:', type(e).__name__)
class Node:
    def depth(self):
        return 1 + self.depth()
try:
    Node().depth()
except RecursionError:
    print('method recursion caught')
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print(len(str(fact(300))))
depth = 0
def count_depth():
    global depth
    depth += 1
    count_depth()
try:
    count_depth()
except RecursionError:
    print('depth over 500:', depth > 500)
