# Traceback through methods of two classes and a property.
class Inventory:
    def __init__(self):
        self.items = {'apple': 3}
    def take(self, name, n):
        current = self.items[name]
        self.items[name] = current - n
class Shop:
    def __init__(self):
        self.inv = Inventory()
    @property
    def summary(self):
        return sorted(self.inv.items)
    def sell(self, name):
        print('selling', name)
        self.inv.take(name, 1)
shop = Shop()
shop.sell('apple')
print(shop.summary, shop.inv.items)
shop.sell('pear')
