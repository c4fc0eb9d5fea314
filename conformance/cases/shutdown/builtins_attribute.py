# backend: generational, incremental
# A value added to builtins is dropped when the builtins namespace is restored, before the
# collection that finalizes the module's globals.
# Under --gc refcount: stdout "builtin\ndel builtin\n", last stderr line ""
# Under --gc pymalloc: stdout "builtin\n", last stderr line ""
# Under --gc marksweep: stdout "builtin\ndel global\ndel builtin\n", last stderr line ""
# refcount: restoring the builtins namespace at exit frees the added value; __main__'s namespace
# is a cycle and leaks. pymalloc frees nothing.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

b = A('global')
__builtins__.extra = A('builtin')
print(extra.n)
