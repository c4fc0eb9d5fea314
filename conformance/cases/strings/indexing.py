# Indexing and slicing, including negative indices and steps.
s = 'abcdefghij'
print(s[0], s[1], s[9], s[-1], s[-10], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[5:2], s[100:], s[-100:3], s[3:100], repr(s[10:]))
print(s[-1:-4:-1], s[2:-2], s[-2:2:-3])
print(s[::3], s[::-3], s[0:10:4])
print(s[None:4], s[4:None])
for i in range(0, len(s), 3):
    print(i, s[i], s[i:i + 3])
word = 'racecar'
print(word == word[::-1])
