# operator's function forms of the operators.
import operator as op
print(op.add(2, 3), op.sub(2, 5), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, 100))
print(op.neg(5), op.pos(-2), op.abs(-3.5), op.invert(5), op.inv(0), op.lshift(1, 70), op.rshift(-16, 2))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge(1, 2))
print(op.not_([]), op.truth([0]), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2, 3], 2), op.contains("abc", "d"), op.getitem("hello", 1), op.getitem([1, 2, 3], slice(1, None)), op.index(7))
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l)
acc = [1]
print(op.iadd(acc, [2]), acc, op.concat([1], [2]), op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"), op.__add__(1, 2))
x = 5
x = op.iadd(x, 3)
print(x, op.imul(2, 4), op.isub(10, 1))
total = 1
for i in range(1, 11):
    total = op.mul(total, i)
print(total, op.add(op.add("a", "b"), "c"))
for f in [lambda: op.add(1, "a"), lambda: op.indexOf([1], 2), lambda: op.index(1.5), lambda: op.lt(1, "a"), lambda: op.truediv(1, 0)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
