# backend: generational
# gc-torture: off (collections at every safepoint reorder the gc list before exit does)
# Objects made before the container that holds them move behind it in the gc list at exit's first
# collection: lists and tuples are traversed last item first, dicts value then key, in order.
# Under --gc refcount: stdout "end\n", last stderr line ""
# Under --gc pymalloc: stdout "end\n", last stderr line ""
# Under --gc marksweep: stdout "end\ndel 5\ndel 6\ndel 2\ndel 8\ndel 9\ndel 10\ndel 11\ndel 12\ndel 13\ndel 14\ndel 15\n", last stderr line ""
# Under --gc incremental: stdout "end\ndel 2\ndel 6\ndel 5\ndel 9\ndel 8\ndel 10\ndel 11\ndel 13\ndel 12\ndel 15\ndel 14\n", last stderr line ""
# refcount never collects cycles, and __main__'s namespace is one (its functions and classes refer
# to it), so no global's __del__ runs at exit. pymalloc frees nothing.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

lst = [A(5), A(6)]
b = A(2)
t = (A(8), A(9))
d = {'x': A(10), 'y': A(11)}
k = {A(12): A(13)}
later = []
later.append(A(14))
later.append(A(15))
print('end')
