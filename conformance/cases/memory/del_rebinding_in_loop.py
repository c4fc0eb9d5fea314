# Rebinding a loop variable frees the previous object before the next iteration's body runs.
# refcount: same as CPython.
# pymalloc: nothing is freed, so no 'free' lines appear.
class Frame:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('free frame', self.n)

current = None
for i in range(3):
    current = Frame(i)
    print('drawing frame', current.n)
print('loop done, last frame still bound')
current = None
print('unbound')

for f in [Frame('x'), Frame('y')]:
    print('visit', f.n)
print('the temporary list died with the loop; f still holds the last item')
del f
print('after del f')
