# Grouping anagrams by their sorted letters.
words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog']
groups = {}
for w in words:
    key = ''.join(sorted(w))
    if key not in groups:
        groups[key] = []
    groups[key].append(w)
for key in groups:
    print(key, groups[key])
print(sorted(groups))
def is_anagram(a, b):
    return sorted(a.lower().replace(' ', '')) == sorted(b.lower().replace(' ', ''))
print(is_anagram('Dormitory', 'Dirty room'), is_anagram('abc', 'abd'))
