# Objects still bound to module globals at exit are finalized during interpreter shutdown.
# refcount: CPython-as-refcount leaves them alone at exit: no __del__ output after 'end of program'.
# pymalloc: no __del__ ever runs.
class Logger:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('flush and close', self.name)

log = Logger('app.log')
print('end of program')
