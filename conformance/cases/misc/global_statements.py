# global declarations across functions, augmented assignment, and module-level state.
config = {'debug': False}
calls = 0
history = []
def enable():
    global config
    config = dict(config, debug=True)
def record(event):
    global calls
    calls += 1
    history.append(event)
def reset():
    global calls, history
    calls = 0
    history = []
record('a')
record('b')
print(calls, history, config)
enable()
print(config)
old = history
reset()
print(calls, history, old)
def make_global(name, value):
    globals()[name] = value
make_global('dynamic', 42)
print(dynamic)
def read_only():
    return calls + len(history) + len(config)
print(read_only())
def shadow_then_global():
    global calls
    calls = 'replaced'
    return calls
print(shadow_then_global(), calls)
def count_up(n):
    global calls
    calls = 0
    for _ in range(n):
        calls += 1
    return calls
print(count_up(5), calls)
print(sorted(k for k in globals() if not k.startswith('__'))[:6])
