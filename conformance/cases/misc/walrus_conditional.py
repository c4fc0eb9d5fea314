# The walrus operator := in while, if and comprehensions; conditional expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list of', n)
it = iter(data)
while (item := next(it, None)) is not None:
    print('item', item)
print([y for x in data if (y := x * 2) > 6])
print(y)
total = 0
sums = [total := total + x for x in range(5)]
print(sums, total)
lines = ['a', 'bb', '', 'ccc']
i = 0
while (line := lines[i]) != '':
    print('line', line)
    i += 1
print('stopped at', i)
def grade(score):
    return 'A' if score >= 90 else 'B' if score >= 80 else 'C' if score >= 70 else 'F'
print([grade(s) for s in [95, 85, 75, 50, 90, 80]])
x = 5
print('even' if x % 2 == 0 else 'odd', (x if x > 3 else 0) * 2, [x, -x][x < 0])
print(abs_val if (abs_val := -x if x < 0 else x) else 'zero')
values = [1, None, 0, 'a']
print([v if v is not None else 'missing' for v in values])
print(max(x, 10) if x else None, 'yes' if [] else 'no', 'yes' if [0] else 'no')
if (m := {'k': 1}.get('k')) is not None:
    print('found', m)
print(f'{(w := 3) * w}', w)
