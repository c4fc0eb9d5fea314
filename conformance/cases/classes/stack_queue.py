# Stack and queue classes built on lists, used for bracket matching and BFS.
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def empty(self):
        return not self._items
    def __len__(self):
        return len(self._items)
class Queue:
    def __init__(self):
        self._in = []
        self._out = []
    def put(self, x):
        self._in.append(x)
    def get(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)
def balanced(text):
    pairs = {')': '(', ']': '[', '}': '{'}
    s = Stack()
    for ch in text:
        if ch in '([{':
            s.push(ch)
        elif ch in pairs:
            if s.empty() or s.pop() != pairs[ch]:
                return False
    return s.empty()
for t in ['()', '([]{})', '(]', '((', '', 'a(b)c[d]']:
    print(repr(t), balanced(t))
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
q = Queue()
q.put(1)
seen = {1: 0}
while len(q):
    n = q.get()
    for m in graph[n]:
        if m not in seen:
            seen[m] = seen[n] + 1
            q.put(m)
print(seen)
