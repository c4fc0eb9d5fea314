# Reversing strings three ways; palindromes.
def reverse_loop(s):
    out = ''
    for ch in s:
        out = ch + out
    return out
def reverse_index(s):
    out = ''
    i = len(s) - 1
    while i >= 0:
        out += s[i]
        i -= 1
    return out
for w in ['', 'a', 'ab', 'hello', 'Madam', 'level', 'step on no pets']:
    print(repr(w[::-1]), repr(reverse_loop(w)), repr(reverse_index(w)), w == w[::-1])
def is_palindrome(s):
    cleaned = ''
    for ch in s.lower():
        if ch != ' ' and ch != ',' and ch != '!':
            cleaned += ch
    return cleaned == cleaned[::-1]
for p in ['A man a plan a canal Panama', 'Never odd or even', 'Not one', 'Was it a car or a cat I saw']:
    print(p, is_palindrome(p))
