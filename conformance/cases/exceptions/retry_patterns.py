# Common patterns: retry loops, EAFP lookups, converting errors, cleanup flags.
attempts = []
def flaky(n):
    attempts.append(n)
    if n < 3:
        raise ConnectionError(f'attempt {n} failed')
    return f'success on {n}'
for i in range(5):
    try:
        result = flaky(i)
    except ConnectionError as e:
        print('retry after:', e)
        continue
    print(result)
    break
print(attempts)
def safe_int(s, default=0):
    try:
        return int(s)
    except (ValueError, TypeError):
        return default
print([safe_int(x) for x in ['1', 'x', None, '  7 ', 3.9]])
counts = {}
for w in 'a b a c b a'.split():
    try:
        counts[w] += 1
    except KeyError:
        counts[w] = 1
print(counts)
def first_even(nums):
    for n in nums:
        if n % 2 == 0:
            return n
    raise LookupError('no even number')
for data in [[1, 3, 4], [1, 3]]:
    try:
        print('first even', first_even(data))
    except LookupError as e:
        print('LookupError', e)
def process(items):
    done = []
    try:
        for it in items:
            done.append(10 // it)
    except ZeroDivisionError:
        done.append('div0')
    finally:
        done.append('closed')
    return done
print(process([1, 2, 5]), process([5, 0, 1]))
