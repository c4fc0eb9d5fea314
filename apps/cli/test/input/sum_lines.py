# input() with and without a prompt, over piped stdin, up to EOFError.
name = input('name? ')
print('hello', name)
n = int(input())
total = 0
for _ in range(n):
    total += int(input('> '))
print('total', total)
line = input()
print(repr(line))
try:
    input('more? ')
except EOFError as e:
    print('EOFError:', e)
