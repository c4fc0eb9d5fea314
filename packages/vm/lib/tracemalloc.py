# tracemalloc: trace the memory blocks Python code allocates (CPython 3.11's Lib/tracemalloc.py
# API). The tracing itself is native (_tracemalloc, src/modules/tracemalloc.ts), over pyarena's
# modelled heap: sizes are the model's block-rounded sizes, not CPython's malloc requests, so
# byte counts differ from CPython's while lines, counts of fresh allocations and the formats match
# (docs/memory.md, "tracemalloc"). Snapshot.dump()/load() need files, which programs cannot reach.

from _tracemalloc import (
    start, stop, is_tracing, clear_traces, get_traceback_limit, get_traced_memory,
    reset_peak, get_tracemalloc_memory, _get_traces, _get_object_traceback, _fnmatch, _getline,
)

__file__ = '<frozen tracemalloc>'

_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')


def _format_size(size, sign):
    # Three significant digits past bytes ('12.5 KiB'), else up to five ('10239 B', '4096 KiB').
    spec = '%+.' if sign else '%.'
    for i in range(len(_UNITS)):
        unit = _UNITS[i]
        magnitude = abs(size)
        if i > 0 and magnitude < 100:
            return (spec + '1f %s') % (size, unit)
        if magnitude < 10 * 1024 or i == len(_UNITS) - 1:
            return (spec + '0f %s') % (size, unit)
        size /= 1024


def _with_average(text, size, count):
    if count:
        text += ', average=' + _format_size(size / count, False)
    return text


class Statistic:
    """Size and count of the blocks allocated at one traceback (one group of a snapshot)."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def _key(self):
        return (self.traceback, self.size, self.count)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return self._key() == other._key()

    def __str__(self):
        text = '%s: size=%s, count=%i' % (self.traceback, _format_size(self.size, False), self.count)
        return _with_average(text, self.size, self.count)

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """A Statistic of a new snapshot with its growth since an old one."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _key(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return self._key() == other._key()

    def __str__(self):
        text = '%s: size=%s (%s), count=%i (%+i)' % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff)
        return _with_average(text, self.size, self.count)

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % (
            self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


class Frame:
    """One frame of a Traceback: a (filename, lineno) pair."""

    __slots__ = ('_frame',)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __le__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame <= other._frame

    def __gt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame > other._frame

    def __ge__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame >= other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return '%s:%s' % (self._frame[0], self._frame[1])

    def __repr__(self):
        return '<Frame filename=%r lineno=%r>' % (self._frame[0], self._frame[1])


class Traceback:
    """The frames of an allocation, oldest first (the native side gives them newest first)."""

    __slots__ = ('_frames', '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple([Frame(f) for f in self._frames[index]])
        return Frame(self._frames[index])

    def __iter__(self):
        for f in self._frames:
            yield Frame(f)

    def __reversed__(self):
        for f in reversed(self._frames):
            yield Frame(f)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def index(self, frame, start=0, stop=None):
        frames = self._frames if stop is None else self._frames[:stop]
        return frames.index(frame._frame, start)

    def count(self, frame):
        return self._frames.count(frame._frame)

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __le__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames <= other._frames

    def __gt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames > other._frames

    def __ge__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames >= other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = '<Traceback %r' % (tuple(self),)
        if self._total_nframe is not None:
            text += ' total_nframe=%s' % (self._total_nframe,)
        return text + '>'

    def format(self, limit=None, most_recent_first=False):
        if limit is None:
            frames = list(self)
        elif limit > 0:
            frames = list(self[-limit:])
        else:
            frames = list(self[:limit])
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = _getline(frame.filename, frame.lineno).strip()
            if source:
                lines.append('    ' + source)
        return lines


def get_object_traceback(obj):
    """The Traceback where obj's memory block was allocated, or None when it was not traced."""
    frames = _get_object_traceback(obj)
    if frames is None:
        return None
    return Traceback(frames)


class Trace:
    """One traced block: (domain, size, traceback frames, total_nframe)."""

    __slots__ = ('_trace',)

    def __init__(self, trace):
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(self._trace[2], self._trace[3])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return '%s: %s' % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return '<Trace domain=%s size=%s, traceback=%r>' % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces:
    __slots__ = ('_traces',)

    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple([Trace(t) for t in self._traces[index]])
        return Trace(self._traces[index])

    def __iter__(self):
        for t in self._traces:
            yield Trace(t)

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return '<Traces len=%s>' % len(self)


def _normalize_filename(filename):
    # os.path.normcase is the identity on POSIX.
    if filename.endswith('.pyc'):
        return filename[:-1]
    return filename


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keeps (inclusive) or drops the traces whose frame matches a filename pattern and line."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _frame_matches(self, filename, lineno):
        if not _fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_traceback(self, frames):
        if self.all_frames:
            for filename, lineno in frames:
                if self._frame_matches(filename, lineno):
                    return self.inclusive
            return not self.inclusive
        filename, lineno = frames[0]
        return self._frame_matches(filename, lineno) != (not self.inclusive)

    def _match(self, trace):
        domain = trace[0]
        result = self._match_traceback(trace[2])
        if self.domain is None:
            return result
        if self.inclusive:
            return result and domain == self.domain
        return result or domain != self.domain


class DomainFilter(BaseFilter):
    """Keeps (inclusive) or drops the traces of one address-space domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        return (trace[0] == self._domain) != (not self.inclusive)


class Snapshot:
    """The traces of the blocks allocated when take_snapshot() ran."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        raise OSError('tracemalloc: Snapshot.dump() needs a file system, which pyarena programs cannot reach')

    @staticmethod
    def load(filename):
        raise OSError('tracemalloc: Snapshot.load() needs a file system, which pyarena programs cannot reach')

    def filter_traces(self, filters):
        """A new Snapshot keeping the traces that the filters let through."""
        try:
            filters = list(filters)
        except TypeError:
            raise TypeError('filters must be a list of filters, not %s' % type(filters).__name__) from None
        if not filters:
            return Snapshot(self.traces._traces.copy(), self.traceback_limit)
        include = [f for f in filters if f.inclusive]
        exclude = [f for f in filters if not f.inclusive]
        kept = []
        for trace in self.traces._traces:
            if include and not any([f._match(trace) for f in include]):
                continue
            if exclude and not all([f._match(trace) for f in exclude]):
                continue
            kept.append(trace)
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError('unknown key_type: %r' % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError('cumulative mode cannot by used with key type %r' % key_type)
        stats = {}
        keys = {}

        def account(raw, frames, size):
            # raw: a hashable key for the frames; tracebacks are made once per distinct key.
            traceback = keys.get(raw)
            if traceback is None:
                traceback = Traceback(frames)
                keys[raw] = traceback
            stat = stats.get(traceback)
            if stat is None:
                stats[traceback] = Statistic(traceback, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for trace in self.traces._traces:
            size = trace[1]
            frames = trace[2]
            if cumulative:
                for frame in frames:
                    if key_type == 'lineno':
                        account(frame, (frame,), size)
                    else:
                        account(frame, ((frame[0], 0),), size)
            elif key_type == 'traceback':
                account(frames, frames, size)
            elif key_type == 'lineno':
                account(frames, frames[:1], size)
            else:
                account(frames, ((frames[0][0], 0),), size)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistic objects grouped by key_type, biggest first."""
        result = list(self._group_by(key_type, cumulative).values())
        result.sort(reverse=True, key=Statistic._sort_key)
        return result

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff objects of this snapshot against old_snapshot, biggest change first."""
        new = self._group_by(key_type, cumulative)
        old = old_snapshot._group_by(key_type, cumulative)
        result = []
        for traceback, stat in new.items():
            before = old.pop(traceback, None)
            if before is None:
                result.append(StatisticDiff(traceback, stat.size, stat.size, stat.count, stat.count))
            else:
                result.append(StatisticDiff(traceback, stat.size, stat.size - before.size,
                                            stat.count, stat.count - before.count))
        for traceback, stat in old.items():
            result.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
        result.sort(reverse=True, key=StatisticDiff._sort_key)
        return result


def take_snapshot():
    """A Snapshot of the blocks traced now."""
    if not is_tracing():
        raise RuntimeError('the tracemalloc module must be tracing memory allocations to take a snapshot')
    return Snapshot(_get_traces(), get_traceback_limit())
