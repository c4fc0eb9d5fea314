# pass, continue and nested conditionals in loops.
def skip_vowels(s):
    out = ''
    for ch in s:
        if ch in 'aeiou':
            continue
        elif ch == ' ':
            pass
        out += ch
    return out
print(skip_vowels('the quick brown fox'))
total = 0
n = 0
while n < 20:
    n += 1
    if n % 2:
        continue
    if n % 3 == 0:
        pass
    else:
        total += n
print(total)
for i in range(3):
    pass
print(i)
def empty():
    pass
print(empty())
