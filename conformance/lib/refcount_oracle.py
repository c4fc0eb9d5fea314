# CPython 3.11 made to behave as pyarena's `--gc refcount` (shared/DESIGN.md section 6), to record
# the refcount goldens of the memory cases: objects die when their count reaches zero, cycles are
# never collected (automatic collection off; gc.collect() runs a real collection, which fires
# gc.callbacks, ages the survivors and untracks atom-only tuples, but finds nothing and returns 0,
# because a list holding every tracked object keeps them all reachable), gc.isenabled() is False
# and stays False.
# Usage: python3 -I -X utf8 lib/refcount_oracle.py cases/memory/x.py
import gc
import sys


def _install_and_run():
    path = sys.argv[1]
    real_collect = gc.collect

    def collect(generation=2):
        everything = gc.get_objects()
        try:
            return real_collect(generation)
        finally:
            del everything

    gc.disable()
    gc.enable = lambda: None
    gc.collect = collect
    # At exit CPython collects once more; nothing may be found there either.
    import atexit
    atexit.register(gc.freeze)
    with open(path, encoding='utf-8') as f:
        code = compile(f.read(), path, 'exec')
    sys.argv = sys.argv[1:]
    main = sys.modules['__main__'].__dict__
    main['__file__'] = path
    return code, main


_code, _main = _install_and_run()
del _install_and_run, gc, sys
# Run the program as the __main__ module itself, so that exit-time finalization is the same;
# the two names left here are popped while the arguments are evaluated.
exec(_main.pop('_code'), _main.pop('_main'))
