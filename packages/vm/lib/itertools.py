"""Functional tools for creating and using iterators (CPython's itertools, same results).

The iterators are generators here (CPython's are classes with their own reprs); arguments are
checked and iter() is called eagerly, when the iterator is made, as CPython does.
"""

import operator as _operator

_MAXSIZE = 9223372036854775807


def count(start=0, step=1):
    def _count(n, step):
        while True:
            yield n
            n += step
    return _count(start, step)


def cycle(iterable):
    def _cycle(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element
    return _cycle(iter(iterable))


def repeat(object, times=None):
    def _forever(obj):
        while True:
            yield obj

    def _times(obj, n):
        while n > 0:
            n -= 1
            yield obj
    if times is None:
        return _forever(object)
    return _times(object, _operator.index(times))


def accumulate(iterable, func=None, *, initial=None):
    def _accumulate(it, func, total):
        if total is not None:
            yield total
        else:
            for total in it:
                yield total
                break
            else:
                return
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total
    return _accumulate(iter(iterable), func, initial)


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


def chain(*iterables):
    return _chain(iterables)


def _from_iterable(iterable):
    return _chain(iter(iterable))


chain.from_iterable = _from_iterable


def compress(data, selectors):
    def _compress(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d
    return _compress(iter(data), iter(selectors))


def dropwhile(predicate, iterable):
    def _dropwhile(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x
    return _dropwhile(predicate, iter(iterable))


def takewhile(predicate, iterable):
    def _takewhile(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break
    return _takewhile(predicate, iter(iterable))


def filterfalse(function, iterable):
    def _filterfalse(function, it):
        if function is None:
            for x in it:
                if not x:
                    yield x
        else:
            for x in it:
                if not function(x):
                    yield x
    return _filterfalse(function, iter(iterable))


def starmap(function, iterable):
    def _starmap(function, it):
        for args in it:
            yield function(*args)
    return _starmap(function, iter(iterable))


def pairwise(iterable):
    def _pairwise(it):
        for a in it:
            break
        else:
            return
        for b in it:
            yield (a, b)
            a = b
    return _pairwise(iter(iterable))


def _as_ssize(value):
    # PyNumber_AsSsize_t with the error cleared: -1 for anything that is not a fitting integer.
    try:
        n = _operator.index(value)
    except TypeError:
        return -1
    if n > _MAXSIZE or n < -_MAXSIZE - 1:
        return -1
    return n


def islice(*args):
    if len(args) < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
    if len(args) > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
    seq = args[0]
    start = 0
    stop = -1
    step = 1
    if len(args) == 2:
        if args[1] is not None:
            stop = _as_ssize(args[1])
            if stop == -1:
                raise ValueError('Stop argument for islice() must be None or an integer: '
                                 '0 <= x <= sys.maxsize.')
    else:
        if args[1] is not None:
            start = _as_ssize(args[1])
        if args[2] is not None:
            stop = _as_ssize(args[2])
            if stop == -1:
                raise ValueError('Stop argument for islice() must be None or an integer: '
                                 '0 <= x <= sys.maxsize.')
    if start < 0 or stop < -1:
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if len(args) == 4 and args[3] is not None:
        step = _as_ssize(args[3])
    if step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(seq), start, stop, step)


def _islice(it, nxt, stop, step):
    # The same consumption as CPython's islice_next: skip to `nxt`, yield, advance by `step`.
    cnt = 0
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop != -1 and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop != -1 and nxt > stop:
            nxt = stop
        yield item


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        parent._currgrouper = self

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _NULL:
            gbo._step()
        tgtkey = self._tgtkey
        currkey = gbo._currkey
        if not (tgtkey is currkey or tgtkey == currkey):
            raise StopIteration
        r = gbo._currvalue
        gbo._currvalue = _NULL
        return r


_NULL = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        newvalue = next(self._it)
        if self._keyfunc is None:
            newkey = newvalue
        else:
            newkey = self._keyfunc(newvalue)
        self._currvalue = newvalue
        self._currkey = newkey

    def __next__(self):
        self._currgrouper = None
        while True:
            currkey = self._currkey
            if currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            else:
                tgtkey = self._tgtkey
                if not (tgtkey is currkey or tgtkey == currkey):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        return (self._currkey, grouper)


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            value = next(self._it)
            link[0] = value
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    n = _operator.index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, [None, None])
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*args, **kwds):
    fillvalue = None
    for k in kwds:
        if k != 'fillvalue':
            raise TypeError('zip_longest() got an unexpected keyword argument')
        fillvalue = kwds[k]
    iterators = [iter(it) for it in args]

    def _zip_longest(iterators, fillvalue):
        num_active = len(iterators)
        if not num_active:
            return
        while True:
            values = []
            for i in range(len(iterators)):
                it = iterators[i]
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    value = next(it)
                except StopIteration:
                    num_active -= 1
                    if not num_active:
                        return
                    iterators[i] = None
                    value = fillvalue
                values.append(value)
            yield tuple(values)
    return _zip_longest(iterators, fillvalue)


def product(*args, repeat=1):
    repeat = _operator.index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * repeat

    def _product(pools):
        npools = len(pools)
        for pool in pools:
            if not pool:
                return
        indices = [0] * npools
        result = [pool[0] for pool in pools]
        yield tuple(result)
        while True:
            i = npools - 1
            while i >= 0:
                pool = pools[i]
                indices[i] += 1
                if indices[i] == len(pool):
                    indices[i] = 0
                    result[i] = pool[0]
                    i -= 1
                else:
                    result[i] = pool[indices[i]]
                    break
            if i < 0:
                return
            yield tuple(result)
    return _product(pools)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        r = _operator.index(r)
        if r < 0:
            raise ValueError('r must be non-negative')

    def _permutations(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple([pool[i] for i in indices[:r]])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple([pool[i] for i in indices[:r]])
                    break
            else:
                return
    return _permutations(pool, n, r)


def combinations(iterable, r):
    pool = tuple(iterable)
    r = _operator.index(r)
    if r < 0:
        raise ValueError('r must be non-negative')

    def _combinations(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple([pool[i] for i in indices])
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple([pool[i] for i in indices])
    return _combinations(pool, r)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    r = _operator.index(r)
    if r < 0:
        raise ValueError('r must be non-negative')

    def _cwr(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple([pool[i] for i in indices])
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple([pool[i] for i in indices])
    return _cwr(pool, r)
