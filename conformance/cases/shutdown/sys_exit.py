# backend: generational, incremental
# sys.exit() from inside a function: the finally block, then the frame's locals, then the globals.
# Under --gc refcount: stdout "finally\ndel local\n", last stderr line ""
# Under --gc pymalloc: stdout "finally\n", last stderr line ""
# Under --gc marksweep: stdout "finally\ndel local\ndel global\n", last stderr line ""
# refcount: the frame's locals die as SystemExit unwinds; __main__'s namespace is a cycle and
# leaks. pymalloc frees nothing.
import sys

class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

def main():
    x = A('local')
    try:
        sys.exit(3)
    finally:
        print('finally')

g = A('global')
main()
