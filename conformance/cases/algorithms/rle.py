# Run-length encoding and decoding.
def encode(s):
    if s == '':
        return []
    out = []
    current = s[0]
    count = 1
    for ch in s[1:]:
        if ch == current:
            count += 1
        else:
            out.append((current, count))
            current = ch
            count = 1
    out.append((current, count))
    return out
def to_text(pairs):
    text = ''
    for ch, n in pairs:
        text += str(n) + ch
    return text
def decode(pairs):
    s = ''
    for ch, n in pairs:
        s += ch * n
    return s
for s in ['', 'a', 'aaabccdddd', 'abc', 'WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW']:
    e = encode(s)
    print(repr(s), to_text(e), decode(e) == s)
print(encode('zzzy'))
