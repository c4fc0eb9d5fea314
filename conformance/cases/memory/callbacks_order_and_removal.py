# Callbacks run in list order over the live list: removing yourself skips the next one, an appended one runs at once.
# gc-torture: off (counts the collections it sees)
# refcount: same as CPython.  pymalloc: same as CPython.
import gc

calls = []

def first(phase, info):
    calls.append('first ' + phase)

def one_shot(phase, info):
    calls.append('one_shot ' + phase)
    gc.callbacks.remove(one_shot)

def last(phase, info):
    calls.append('last ' + phase)

gc.disable()
gc.callbacks.extend([first, one_shot, last])
gc.collect()
print(calls)
calls.clear()
gc.collect()
print(calls)
gc.callbacks.clear()
calls.clear()
gc.collect()
print('after clear:', calls)

def adder(phase, info):
    calls.append('adder ' + phase)
    if late not in gc.callbacks:
        gc.callbacks.append(late)

def late(phase, info):
    calls.append('late ' + phase)

gc.callbacks.append(adder)
gc.collect()
print('appended while running:', calls)
gc.callbacks.clear()
