# names of JavaScript object properties (constructor, __proto__) are ordinary missing attributes (found by fuzz/)
import sys
for name in ('constructor', '__proto__', 'toString', 'hasOwnProperty'):
    for f in (lambda: object.__getattribute__(1, name), lambda: getattr(sys, name), lambda: getattr([], name)):
        try:
            f()
        except AttributeError as e:
            print(e)
print(object.__getattribute__(1, 'real'), object.__getattribute__(True, 'imag'))
