# An object stored on the sys module lives until sys itself is wiped, after sys.stdout is gone:
# its __del__ (and that of everything its class keeps alive) prints nothing.
import sys

class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

sys.kept = A('on sys')
b = A('global')
print('end')
