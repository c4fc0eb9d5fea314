# `except E as e` unbinds e when the handler ends: the exception and what it carries die then.
# refcount: same as CPython (no cycles involved).
# pymalloc: nothing is freed; the payload is never finalized.
class Payload:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('free', self.name)

class AppError(Exception):
    pass

def fail(name):
    raise AppError(Payload(name))

try:
    fail('handled')
except AppError as e:
    print('handling', e.args[0].name)
print('after handler')

saved = None
try:
    fail('saved')
except AppError as e:
    saved = e
print('handler ended, saved still holds it:', saved.args[0].name)
saved = None
print('saved dropped')

try:
    try:
        fail('re-raised')
    except AppError:
        print('inner handler')
        raise
except AppError as outer:
    print('outer handler')
print('end')
