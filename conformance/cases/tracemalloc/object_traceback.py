# tracemalloc: get_object_traceback() with start(4), Traceback.format() with source lines and limits
import tracemalloc

def short(lines):
    out = []
    for line in lines:
        if line.startswith('  File "'):
            path, rest = line[len('  File "'):].split('"', 1)
            line = '  File "' + path.rsplit('/', 1)[-1] + '"' + rest
        out.append(line)
    return out

def leaf(n):
    text = 'xyz' * n
    return text

def middle(n):
    return leaf(n + 1)

def outer():
    return middle(40)

before = leaf(12)
tracemalloc.start(4)
print(tracemalloc.get_traceback_limit())
value = outer()
tb = tracemalloc.get_object_traceback(value)
print(len(tb), tb.total_nframe)
print([(f.filename.rsplit('/', 1)[-1], f.lineno) for f in tb])
print(str(tb).rsplit('/', 1)[-1])
for line in short(tb.format()):
    print(line)
print(short(tb.format(limit=1)))
print(short(tb.format(limit=-1)))
print(short(tb.format(limit=2, most_recent_first=True)))
print(tb.format(limit=0))
print(tracemalloc.get_object_traceback(before))
print(tracemalloc.get_object_traceback(None), tracemalloc.get_object_traceback(7))
print(tracemalloc.get_object_traceback(True), tracemalloc.get_object_traceback(len))
tracemalloc.clear_traces()
print(tracemalloc.get_object_traceback(value))
again = leaf(7)
print([f.lineno for f in tracemalloc.get_object_traceback(again)])
tracemalloc.stop()
print(tracemalloc.get_object_traceback(again))
tracemalloc.start()
deep = outer()
print([f.lineno for f in tracemalloc.get_object_traceback(deep)])
tracemalloc.stop()
