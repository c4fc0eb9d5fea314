# Word frequency: normalise, count, rank.
text = '''It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity'''
counts = {}
for raw in text.split():
    word = raw.strip(',').lower()
    counts[word] = counts.get(word, 0) + 1
print(len(counts))
ranked = []
for word in counts:
    ranked.append((-counts[word], word))
ranked = sorted(ranked)
for neg, word in ranked[:6]:
    print(f"{word:<12}{-neg:>3}")
print(counts)
lengths = {}
for word in counts:
    n = len(word)
    if n not in lengths:
        lengths[n] = []
    lengths[n].append(word)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
