# sys.getsizeof of atoms and fixed containers: ints by 30-bit digit, floats, strs by kind, bytes, tuples.
import sys
g = sys.getsizeof
print('ints', g(0), g(1), g(-1), g(2 ** 30 - 1), g(2 ** 30), g(2 ** 60), g(2 ** 62), g(2 ** 64), g(-2 ** 100), g(10 ** 100))
print('bools', g(True), g(False))
print('floats', g(1.5), g(0.0), g(-0.0), g(float('inf')), g(1e300), g(2.0 ** 0.5))
print('ascii', g(''), g('a'), g('ab'), g('x' * 1000), g('x' * 10 ** 6), g(str(12345)))
print('latin-1', g('é'), g('éé'), g('aé' * 10))
print('ucs-2', g('€'), g('€' * 10), g('a€'))
print('ucs-4', g('😀'), g('😀' * 3), g('a😀'))
print('bytes', g(b''), g(b'a'), g(b'x' * 1000), g(bytes(10)), g(bytes(range(256))), g(b'ab' * 3), g(b'abc'[1:]))
print('tuples', g(()), g((1,)), g((1, 2)), g(tuple(range(10))), g(tuple(range(100))), g((1,) * 7), g((1, 2, 3)[1:]))
print('singletons', g(None), g(Ellipsis), g(NotImplemented))
print('others', g(range(10)), g(object()), g(slice(1, 2)))
big = 'y' * (5 * 10 ** 6)
print('big str', g(big), g(big + 'z'), g(big[:10]))
