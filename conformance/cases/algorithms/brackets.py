# Balanced brackets with a list used as a stack.
PAIRS = {')': '(', ']': '[', '}': '{'}
def balanced(text):
    stack = []
    for ch in text:
        if ch == '(' or ch == '[' or ch == '{':
            stack.append(ch)
        elif ch in PAIRS:
            if len(stack) == 0 or stack[-1] != PAIRS[ch]:
                return False
            del stack[-1]
    return len(stack) == 0
for t in ['', '()', '([]{})', '([)]', '((', '))', '{[()()]}', 'f(a[1], {b: c})', '[(])']:
    print(repr(t), balanced(t))
