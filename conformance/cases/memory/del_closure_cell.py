# A closure's cell keeps the captured object alive until the function (and its cell) die.
# refcount: same as CPython.
# pymalloc: the captured object is never freed.
class Conn:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('free', self.name)

def make_query(conn):
    def query(sql):
        return conn.name + ': ' + sql
    return query

q = make_query(Conn('db'))
print(q('select 1'))
print('closure alive')
del q
print('closure deleted')

def counter():
    c = Conn('counter-state')
    def bump():
        nonlocal c
        c = Conn('replaced')
        return c.name
    return bump

b = counter()
print(b())
print('cell rebound')
b = None
print('end')
