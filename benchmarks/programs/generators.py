# cycles: none
# A generator pipeline: a log-like record stream produced by a generator, filtered, parsed,
# windowed and aggregated by a chain of generators (yield, yield from, generator expressions,
# send). Each stage resumes and suspends a frame per item, as lazy data-processing code does.


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state


def records(n, seed):
    rnd = lcg(seed)
    methods = ("GET", "POST", "PUT", "DELETE")
    for i in range(n):
        r = next(rnd)
        yield f"{i} {methods[r % 4]} /item/{r % 97} {200 + (r >> 7) % 5 * 100} {r % 1000}"


def parse(lines):
    for line in lines:
        ident, method, path, status, ms = line.split()
        yield int(ident), method, path, int(status), int(ms)


def only_ok(items):
    for item in items:
        if item[3] < 400:
            yield item


def chunks(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(batches):
    for batch in batches:
        yield from batch


def running_mean():
    total = 0
    count = 0
    mean = 0.0
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total / count


def pipeline(n, seed):
    averager = running_mean()
    next(averager)
    per_method = {}
    mean = 0.0
    for ident, method, path, status, ms in flatten(chunks(only_ok(parse(records(n, seed))), 16)):
        per_method[method] = per_method.get(method, 0) + ms
        mean = averager.send(ms)
    slow = sum(1 for _, _, _, _, ms in parse(records(n // 4, seed + 1)) if ms > 900)
    return per_method, mean, slow


def take(gen, n):
    for _ in range(n):
        yield next(gen)


def main():
    per_method, mean, slow = pipeline(350000, 7)
    for method in sorted(per_method):
        print(method, per_method[method])
    print(f"mean {mean:.6f}")
    print("slow", slow)
    evens = sum(x for x in take(lcg(3), 150000) if x % 2 == 0)
    print("evens", evens)
    checksum = sum(per_method.values()) + slow + evens % 1000003
    print("checksum", checksum)


main()
