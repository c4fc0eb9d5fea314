# gc.freeze(): move everything tracked so far to a permanent generation the collector ignores
# (servers do this after start-up so that forked workers do not touch those pages).
#
#   ./pyarena examples/memory/06_freeze.py
#   ./pyarena --gc-trace examples/memory/06_freeze.py   the frozen objects are not examined
import gc


class Config:
    def __del__(self):
        print('config freed')


gc.disable()
gc.collect()
config = Config()
config.self = config          # a cycle that is garbage once the name is gone
del config
gc.freeze()
print('frozen objects:', gc.get_freeze_count() > 0)
print('collect() while frozen finds', gc.collect())
gc.unfreeze()
print('after unfreeze, collect() finds', gc.collect())
