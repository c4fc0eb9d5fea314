# raise ... from None hides the context; a custom exception with a __str__.
class NotFound(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f'no entry named {self.key!r}'
class Registry:
    def __init__(self):
        self.data = {'x': 1}
    def get(self, key):
        try:
            return self.data[key]
        except KeyError:
            raise NotFound(key) from None
r = Registry()
print(r.get('x'))
r.get('y')
