# pow() with a modulus: negative exponents (modular inverses), negative and unit moduli, and its errors.
for a in [(2, -1, 7), (3, -2, 7), (2, -1, 4), (-3, -1, 7), (2, -1, -7), (5, -3, 1), (0, -1, 5), (10**20, -1, 10**9 + 7),
          (2, 10, -7), (-2, 3, 5), (7, 0, 1), (7, 0, -1), (3, 200, 10**30 + 57), (-1, -1, 3), (6, -1, 9), (1, -5, 2)]:
    try:
        print(a, pow(*a))
    except ValueError as e:
        print(a, e)
for f in [lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, 3.0, 5), lambda: pow(2, 3, None), lambda: pow('a', 2, 3)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
