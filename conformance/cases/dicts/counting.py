# Word frequency with a dict.
text = 'the cat and the hat and the bat sat on the mat the end'
freq = {}
for word in text.split():
    if word in freq:
        freq[word] += 1
    else:
        freq[word] = 1
print(freq)
for word, count in sorted(freq.items()):
    print(word, count)
best = ''
best_count = 0
for word in freq:
    if freq[word] > best_count:
        best = word
        best_count = freq[word]
print(best, best_count)
letters = {}
for ch in 'mississippi':
    letters[ch] = letters.get(ch, 0) + 1
print(letters)
