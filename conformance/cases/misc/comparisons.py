# Chained comparisons, is / is not, in / not in, and mixed-type equality.
a, b, c = 1, 5, 10
print(a < b < c, a < c < b, a < b > 2, 1 == 1.0 == True, 3 > 2 > 1 > 0)
print(1 < 2 != 3, 1 < 2 == 2, 0 <= a <= 1, not a < b, c > b >= 5 > a)
calls = []
def val(v):
    calls.append(v)
    return v
print(val(1) < val(0) < val(5), calls)
calls.clear()
print(val(1) < val(3) < val(5), calls)
x = None
print(x is None, x is not None, x == None, not x)
lst = [1, 2]
same = lst
copy = lst[:]
print(same is lst, copy is lst, copy == lst, copy is not lst)
print(True is True, (1 == 1) is True, [] is [], () == ())
print(3 in [1, 2, 3], 'a' not in 'abc', 2 in {2: 'x'}, 'x' in {2: 'x'}, (1, 2) in [(1, 2)])
print(1 == 1.0, 1 == '1', [1] == [1.0], {1: 'a'} == {1.0: 'a'}, 0 == False, '' == False)
print(float('nan') == float('nan'), [1, 2] < [1, 3], 'abc' < 'abd' < 'b', (1, 'a') < (1, 'b'))
print(min(3, 2) < max(1, 4) <= 4, -1 < 0 < 1 < 2.5 < 3)
print(type(1) is int, type(True) is not int, isinstance(True, int))
if 0 < a < 2 and not (b == c) or c is None:
    print('compound condition true')
