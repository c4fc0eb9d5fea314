# Newton's method for square roots: every iterate printed with repr.
def sqrt(x):
    guess = x / 2 if x > 1 else 1.0
    for i in range(8):
        guess = (guess + x / guess) / 2
        print(guess)
    return guess
print(sqrt(2))
print(sqrt(10))
print(sqrt(0.25))
print(sqrt(2) ** 2, 2 ** 0.5 * 2 ** 0.5)
h = 0.1
x = 0.0
while x < 1.0:
    x += h
print(x, x > 1.0)
