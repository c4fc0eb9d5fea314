from collections import Counter, defaultdict, namedtuple, OrderedDict, deque
from itertools import groupby
from functools import reduce, partial, lru_cache
import heapq

text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while a quick cat watches the fox"""
words = text.split()
freq = Counter(words)
print(freq.most_common(4))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
print(sorted(by_len.items()))
Entry = namedtuple('Entry', 'word count first')
first_pos = {}
for i, w in enumerate(words):
    first_pos.setdefault(w, i)
entries = [Entry(w, c, first_pos[w]) for w, c in freq.items()]
top = heapq.nlargest(3, entries, key=lambda e: (e.count, -e.first))
print(top)
print([e.word for e in sorted(entries, key=lambda e: (-e.count, e.word))[:5]])
initials = OrderedDict()
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    initials[letter] = len(list(group))
print(initials)
print(reduce(lambda a, b: a + b, (len(w) for w in words)))
recent = deque(maxlen=4)
for w in words:
    recent.append(w)
print(recent)
count_of = partial(operator_countOf := (lambda seq, x: sum(1 for s in seq if s == x)), words)
print(count_of('the'), count_of('fox'))
@lru_cache(maxsize=None)
def syllables(w):
    return max(1, sum(1 for ch in w if ch in 'aeiouy'))
print([syllables(w) for w in words[:8]], syllables.cache_info())
print(sum(freq.values()) == freq.total(), len(freq), freq['zebra'])
