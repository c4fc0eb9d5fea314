# Locals die when the function returns; an exception's traceback keeps them until it is handled.
class Tracker:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('del', self.tag)

def work():
    t = Tracker('local')
    print('working')
    return 42

print(work())
print('returned')

def fails():
    t = Tracker('in-failing-frame')
    raise ValueError('boom')

try:
    fails()
except ValueError as e:
    print('caught', e)
print('handler done')

def keep():
    t = Tracker('returned-object')
    return t

x = keep()
print('kept', x.tag)
x = None
print('end')
