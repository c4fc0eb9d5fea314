# list.pop(), list.remove() and `del lst[i]` drop the list's reference at once; a popped item lives while bound.
# refcount: same as CPython (no cycles involved).
# pymalloc: no __del__ ever runs, so only the progress lines print.
class Job:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  free', self.name)

queue = [Job('a'), Job('b'), Job('c'), Job('d'), Job('e')]
print('pop() as a statement')
queue.pop()
print('pop(0) bound to a name')
first = queue.pop(0)
print('  got', first.name)
first = None
print('remove() by identity')
queue.remove(queue[1])
print('del by index')
del queue[0]
print('left:', [j.name for j in queue])
del queue
print('end')
