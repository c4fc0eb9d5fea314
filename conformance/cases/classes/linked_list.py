# A linked list class with __iter__, __len__, __repr__ and __reversed__-free reverse.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push(v)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty list')
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return 'LinkedList(' + ' -> '.join(repr(v) for v in self) + ')'
    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
ll = LinkedList([1, 2, 3])
print(ll, len(ll))
ll.push(0)
print(ll, list(ll), sum(ll))
ll.reverse()
print(ll)
print(ll.pop(), ll.pop(), ll, len(ll))
e = LinkedList()
print(e, len(e), bool(e))
try:
    e.pop()
except IndexError as err:
    print('IndexError:', err)
print(LinkedList('abc'), 'b' in LinkedList('abc'))
