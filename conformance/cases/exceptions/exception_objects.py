# Exception objects: args, str/repr forms, attributes, storing and re-raising later.
e = ValueError('one')
print(e.args, str(e), repr(e))
e2 = KeyError('k', 2)
print(e2.args, str(e2), repr(e2))
print(str(KeyError('single')), str(KeyError()), str(IndexError(3)))
print(repr(Exception()), repr(Exception(1, 'a')), repr(RuntimeError("q'uote")))
saved = []
for i in range(3):
    try:
        if i % 2:
            raise TypeError(i)
        raise ValueError(i)
    except Exception as ex:
        saved.append(ex)
print(saved, [type(x).__name__ for x in saved])
try:
    raise saved[1]
except TypeError as ex:
    print('re-raised stored', ex is saved[1])
e.note = 'custom attr'
print(e.note)
print(isinstance(e, Exception), type(e) is ValueError, ValueError is not Exception)
errs = [ZeroDivisionError, KeyError, ValueError]
for cls in errs:
    try:
        raise cls('made from ' + cls.__name__)
    except Exception as ex:
        print(type(ex).__name__, ex)
print(BaseException('b').args, Exception('x') == Exception('x'))
print(e.with_traceback(None) is e)
try:
    raise 42
except TypeError as ex:
    print('TypeError:', ex)
try:
    raise int
except TypeError as ex:
    print('TypeError:', ex)
