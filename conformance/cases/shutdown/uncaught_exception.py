# backend: generational, incremental
# An uncaught exception: the failing frames' locals die (CPython: when sys.last_traceback is
# cleared at exit; pyarena: while the exception unwinds, so before the traceback is printed, which
# goes to stderr), then the module's globals are collected.
# Under --gc refcount: stdout "start\ndel inner local\ndel outer local\n", last stderr line "ValueError: boom"
# Under --gc pymalloc: stdout "start\n", last stderr line "ValueError: boom"
# Under --gc marksweep: stdout "start\ndel outer local\ndel inner local\ndel global\n", last stderr line "ValueError: boom"
# refcount: the failing frames' locals die; __main__'s namespace is a cycle and leaks. pymalloc
# frees nothing.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

def inner():
    x = A('inner local')
    raise ValueError('boom')

def outer():
    y = A('outer local')
    inner()

a = A('global')
print('start')
outer()
