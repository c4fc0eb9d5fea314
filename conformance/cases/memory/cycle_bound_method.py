# Storing a bound method of an object on the object itself creates a cycle (obj -> method -> obj).
# refcount: the object leaks: no __del__, collect() returns 0.
# pymalloc: like refcount, and 'del plain' is missing too: nothing is ever freed.
import gc

class Button:
    def __init__(self, label):
        self.label = label
        self.on_click = self.default_handler

    def default_handler(self):
        return 'clicked ' + self.label

    def __del__(self):
        print('del', self.label)

gc.disable()
gc.collect()
b = Button('ok')
print(b.on_click())
del b
print('after del: the bound method keeps the button alive')
print('collect():', gc.collect())
c = Button('plain')
c.on_click = None
del c
print('no cycle once the handler is replaced')
