# complex numbers: literals, repr, arithmetic with ints and floats, powers, equality, dict keys, complex() and the errors.
z = 1 + 2j
w = complex(3, -4)
print(z, w, 1j, -1j, 0j, -0j, complex(), complex(-0.0, 0.0), complex(0.0, -0.0), complex(1.5, 1e20), complex(float('inf'), float('nan')))
print(repr(z), str(w), type(z).__name__, isinstance(z, complex), z.real, z.imag, w.conjugate(), abs(w), abs(1e308 + 1e308j) if False else 0)
print(z + w, z - w, z * w, z / w, z ** 2, z ** -1, z ** 0.5, w ** z, 2 ** z, z ** 0, 0j ** 0)
print(z + 1, 1 + z, z * 2.5, 2.5 * z, z / 2, 2 / z, -z, +z, z == 1 + 2j, z != w, (1 + 0j) == 1, (1 + 0j) == 1.0, 2j == 2, 1j == 1j)
print((-8) ** 0.5, (-8.0) ** (1 / 3), (-1) ** 0.5, 4 ** 0.5)
print(complex('1+2j'), complex(' (3-4j) '), complex('j'), complex('-j'), complex('1e3'), complex('-1.5e-3+2.5e2J'), complex('inf-nanj'), complex('1_000+2_0j'))
print(complex(1, 2j), complex(1j, 1j), complex(True, False), complex(10**20))
print({1 + 0j: 'a', 1: 'b'}, {2j: 1, 2j + 0: 2}, 1j in {1j}, hash(1 + 0j) == hash(1), bool(0j), bool(1j), bool(-0j))
for f in [lambda: z < w, lambda: z // 2, lambda: z % 2, lambda: divmod(z, 2), lambda: 1j / 0, lambda: 0j ** -1, lambda: 0j ** 1j,
          lambda: complex('1+'), lambda: complex('abc'), lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex([]), lambda: complex(1, []),
          lambda: int(z), lambda: float(z), lambda: (1e200 + 1e200j) ** 5, lambda: abs(complex(1e308, 1e308)), lambda: z & 1, lambda: round(z), lambda: 10 ** 400 * 1j]:
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
import sys
print(sys.getsizeof(1j), sum([1j, 2, 3.5]), [1j] * 2, (1j, 2j), sorted([3, 1], key=lambda v: abs(v * 1j)))
x = 3
x *= 1j
x += 1
print(x, x.real.is_integer(), 1j.imag, f'{z}', '%s|%r' % (z, w), f'{w!r:>12}', str(z).center(10, '*'))
print(hash(1 + 2j), hash(1 + 0j), hash(-1j), hash(complex(1e300, 1e-300)), hash(complex(-1, 0)), hash(0.5j), set([1j, 2, 1, complex(3, 4), complex(-0.0, -2)]), {x * 1j for x in range(6)})
