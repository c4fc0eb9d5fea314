# Generator pipelines: each stage pulls lazily from the previous one.
trace = []
def source(lines):
    for line in lines:
        trace.append('read')
        yield line
def strip_comments(lines):
    for line in lines:
        line = line.split('#')[0].strip()
        if line:
            yield line
def parse(lines):
    for line in lines:
        key, _, value = line.partition('=')
        yield key.strip(), value.strip()
def as_ints(pairs):
    for k, v in pairs:
        try:
            yield k, int(v)
        except ValueError:
            yield k, v
text = ['a = 1', '# comment', '', 'b = two  # trailing', 'c=3', '   ', 'd = 40']
pipeline = as_ints(parse(strip_comments(source(text))))
print(trace)
first = next(pipeline)
print(first, len(trace))
rest = dict(pipeline)
print(rest, len(trace))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
evens = (x for x in range(10) if x % 2 == 0)
print(list(running_total(evens)))
def batched(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched('abcdefg', 3)))
