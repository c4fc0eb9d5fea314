# Start-up benchmark: a realistic 500-line program that does little work. A small order-processing
# application (inventory, customers, pricing rules, orders, a text report) whose run takes a few
# milliseconds, so the time measured is mostly start-up: reading, parsing and compiling the
# program, or loading it from the code cache (docs/cli.md, "Code cache").
from collections import defaultdict, namedtuple
import functools

TAX_RATE = 0.2
CURRENCY = "EUR"
LOW_STOCK = 3

Address = namedtuple("Address", ["street", "city", "postcode", "country"])


class ValidationError(Exception):
    """Raised when input data does not describe a valid object."""

    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class OutOfStock(Exception):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku
        self.wanted = wanted
        self.available = available


def require(condition, field, message):
    if not condition:
        raise ValidationError(field, message)


def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d} {CURRENCY}"


def parse_money(text):
    text = text.strip()
    require(text != "", "price", "empty")
    if "." in text:
        whole, frac = text.split(".", 1)
        require(len(frac) <= 2, "price", f"too many decimals in {text!r}")
        frac = (frac + "00")[:2]
    else:
        whole, frac = text, "00"
    require(whole.isdigit() and frac.isdigit(), "price", f"not a number: {text!r}")
    return int(whole) * 100 + int(frac)


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


class Product:
    __slots__ = ("sku", "name", "price", "category", "weight")

    def __init__(self, sku, name, price, category, weight=0.0):
        require(len(sku) == 6, "sku", f"expected 6 characters, got {sku!r}")
        require(price >= 0, "price", "negative")
        self.sku = sku
        self.name = name
        self.price = price
        self.category = category
        self.weight = weight

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {money(self.price)})"

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)


class Inventory:
    def __init__(self):
        self._products = {}
        self._stock = defaultdict(int)
        self.log = []

    def add(self, product, quantity):
        self._products[product.sku] = product
        self._stock[product.sku] += quantity
        self.log.append(("add", product.sku, quantity))

    def get(self, sku):
        try:
            return self._products[sku]
        except KeyError:
            raise ValidationError("sku", f"unknown product {sku}") from None

    def available(self, sku):
        return self._stock.get(sku, 0)

    def take(self, sku, quantity):
        have = self.available(sku)
        if quantity > have:
            raise OutOfStock(sku, quantity, have)
        self._stock[sku] = have - quantity
        self.log.append(("take", sku, quantity))

    def put_back(self, sku, quantity):
        self._stock[sku] += quantity
        self.log.append(("return", sku, quantity))

    def low_stock(self):
        return sorted(sku for sku, n in self._stock.items() if n <= LOW_STOCK)

    def by_category(self):
        groups = defaultdict(list)
        for product in self._products.values():
            groups[product.category].append(product)
        return {cat: sorted(ps, key=lambda p: p.name) for cat, ps in sorted(groups.items())}

    def __len__(self):
        return len(self._products)

    def __contains__(self, sku):
        return sku in self._products

    def __iter__(self):
        return iter(sorted(self._products.values(), key=lambda p: p.sku))


class Customer:
    tiers = ("standard", "silver", "gold")

    def __init__(self, ident, name, email, address, tier="standard"):
        require("@" in email, "email", f"invalid address {email!r}")
        require(tier in Customer.tiers, "tier", f"unknown tier {tier!r}")
        self.ident = ident
        self.name = name
        self.email = email
        self.address = address
        self.tier = tier
        self.orders = []

    @property
    def lifetime_value(self):
        return sum(order.total() for order in self.orders if order.status == "shipped")

    def promote(self):
        i = Customer.tiers.index(self.tier)
        if i + 1 < len(Customer.tiers):
            self.tier = Customer.tiers[i + 1]
        return self.tier

    def __repr__(self):
        return f"Customer({self.ident}, {self.name!r}, {self.tier})"


class PricingRule:
    """A discount applied to an order line; subclasses decide when and how much."""

    name = "rule"

    def applies(self, order, line):
        return False

    def discount(self, order, line):
        return 0

    def describe(self):
        return self.name


class PercentOff(PricingRule):
    def __init__(self, category, percent):
        self.category = category
        self.percent = percent
        self.name = f"{percent}% off {category}"

    def applies(self, order, line):
        return line.product.category == self.category

    def discount(self, order, line):
        return line.subtotal() * self.percent // 100


class BuyNGetOne(PricingRule):
    def __init__(self, sku, n):
        self.sku = sku
        self.n = n
        self.name = f"buy {n} get 1 free ({sku})"

    def applies(self, order, line):
        return line.product.sku == self.sku and line.quantity > self.n

    def discount(self, order, line):
        free = line.quantity // (self.n + 1)
        return free * line.product.price


class TierDiscount(PricingRule):
    rates = {"standard": 0, "silver": 3, "gold": 7}

    def __init__(self):
        self.name = "loyalty discount"

    def applies(self, order, line):
        return self.rates[order.customer.tier] > 0

    def discount(self, order, line):
        return line.subtotal() * self.rates[order.customer.tier] // 100


class OrderLine:
    def __init__(self, product, quantity):
        require(quantity > 0, "quantity", "must be positive")
        self.product = product
        self.quantity = quantity
        self.discounts = []

    def subtotal(self):
        return self.product.price * self.quantity

    def total(self):
        return self.subtotal() - sum(amount for _, amount in self.discounts)


class Order:
    _next = 1000
    statuses = ("open", "paid", "shipped", "cancelled")

    def __init__(self, customer):
        Order._next += 1
        self.number = Order._next
        self.customer = customer
        self.lines = []
        self.status = "open"
        self.history = ["open"]
        customer.orders.append(self)

    def add(self, product, quantity):
        for line in self.lines:
            if line.product == product:
                line.quantity += quantity
                return line
        line = OrderLine(product, quantity)
        self.lines.append(line)
        return line

    def apply(self, rules):
        for line in self.lines:
            line.discounts = []
            for rule in rules:
                if rule.applies(self, line):
                    amount = rule.discount(self, line)
                    if amount:
                        line.discounts.append((rule.describe(), amount))

    def subtotal(self):
        return sum(line.subtotal() for line in self.lines)

    def discount(self):
        return sum(amount for line in self.lines for _, amount in line.discounts)

    def tax(self):
        return round((self.subtotal() - self.discount()) * TAX_RATE)

    def shipping(self):
        weight = sum(line.product.weight * line.quantity for line in self.lines)
        if self.customer.tier == "gold" or self.subtotal() >= 10000:
            return 0
        return 495 if weight < 2 else 495 + int((weight - 2) * 150)

    def total(self):
        return self.subtotal() - self.discount() + self.tax() + self.shipping()

    def move_to(self, status):
        allowed = {
            "open": ("paid", "cancelled"),
            "paid": ("shipped", "cancelled"),
            "shipped": (),
            "cancelled": (),
        }
        require(status in allowed[self.status], "status", f"cannot go from {self.status} to {status}")
        self.status = status
        self.history.append(status)


class Shop:
    def __init__(self, rules):
        self.inventory = Inventory()
        self.customers = {}
        self.orders = []
        self.rules = rules
        self.events = []

    def on(self, kind, detail):
        self.events.append(f"{kind}: {detail}")

    def register(self, customer):
        require(customer.ident not in self.customers, "customer", f"duplicate id {customer.ident}")
        self.customers[customer.ident] = customer
        self.on("customer", customer.name)

    def place(self, ident, items):
        customer = self.customers[ident]
        order = Order(customer)
        taken = []
        try:
            for sku, quantity in items:
                product = self.inventory.get(sku)
                self.inventory.take(sku, quantity)
                taken.append((sku, quantity))
                order.add(product, quantity)
        except (OutOfStock, ValidationError) as e:
            for sku, quantity in taken:
                self.inventory.put_back(sku, quantity)
            order.move_to("cancelled")
            self.on("cancelled", f"order {order.number}: {e}")
        else:
            order.apply(self.rules)
            order.move_to("paid")
            self.on("paid", f"order {order.number} {money(order.total())}")
        self.orders.append(order)
        return order

    def ship_all(self):
        shipped = 0
        for order in self.orders:
            if order.status == "paid":
                order.move_to("shipped")
                shipped += 1
        return shipped

    def revenue(self):
        return sum(o.total() for o in self.orders if o.status == "shipped")

    def best_customers(self, n=3):
        ranked = sorted(self.customers.values(), key=lambda c: (-c.lifetime_value, c.name))
        return ranked[:n]


CATALOGUE = """
# sku    | name                  | price  | category | weight
KB-001   | Mechanical keyboard   | 89.90  | input    | 1.1
MS-002   | Wireless mouse        | 24.50  | input    | 0.2
MN-003   | 27-inch monitor       | 279.00 | display  | 6.5
CB-004   | USB-C cable           | 9.99   | cables   | 0.1
HB-005   | USB hub               | 19.90  | cables   | 0.3
HS-006   | Headset               | 59.00  | audio    | 0.4
SP-007   | Desk speakers         | 45.00  | audio    | 2.2
WC-008   | Webcam                | 39.90  | video    | 0.3
LP-009   | Laptop stand          | 29.00  | desk     | 1.5
LM-010   | Desk lamp             | 34.50  | desk     | 1.9
"""

CUSTOMERS = [
    ("c1", "Ada", "ada@example.org", Address("1 Engine St", "London", "N1 7AA", "UK"), "gold"),
    ("c2", "Brian", "brian@example.org", Address("2 Bell Rd", "Murray Hill", "07974", "US"), "silver"),
    ("c3", "Grace", "grace@example.org", Address("3 Navy Yard", "Arlington", "22202", "US"), "standard"),
    ("c4", "Guido", "guido@example.org", Address("4 Canal", "Amsterdam", "1012", "NL"), "standard"),
    ("c5", "Linus", "linus@example.org", Address("5 Kernel Way", "Helsinki", "00100", "FI"), "standard"),
]


def parse_catalogue(text):
    products = []
    errors = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("|")]
        try:
            require(len(fields) == 5, "line", f"expected 5 fields, got {len(fields)}")
            sku, name, price, category, weight = fields
            products.append(Product(sku, name, parse_money(price), category, float(weight)))
        except ValidationError as e:
            errors.append((lineno, str(e)))
    return products, errors


@memoize
def shipping_zone(country):
    zones = {"UK": 1, "NL": 1, "FI": 1, "US": 2}
    return zones.get(country, 3)


def stock_levels(inventory):
    return {p.sku: inventory.available(p.sku) for p in inventory}


def histogram(values, width=20):
    if not values:
        return []
    top = max(values.values())
    rows = []
    for key in sorted(values):
        n = values[key]
        bar = "#" * (n * width // top if top else 0)
        rows.append(f"{key:<8}{bar:<{width}} {n}")
    return rows


def order_summary(order):
    parts = [f"#{order.number} {order.customer.name:<6} {order.status:<9}"]
    for line in order.lines:
        note = ", ".join(name for name, _ in line.discounts)
        parts.append(f"    {line.quantity} x {line.product.name:<22}{money(line.total()):>14}" + (f"  ({note})" if note else ""))
    if order.status != "cancelled":
        parts.append(f"    subtotal {money(order.subtotal())}, discount {money(order.discount())}, "
                     f"tax {money(order.tax())}, shipping {money(order.shipping())}")
        parts.append(f"    total {money(order.total())}")
    return "\n".join(parts)


def chunked(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def category_report(inventory):
    lines = []
    for category, products in inventory.by_category().items():
        names = ", ".join(p.name for p in products)
        value = sum(p.price * inventory.available(p.sku) for p in products)
        lines.append(f"{category:<8} {len(products)} products, stock value {money(value)}: {names}")
    return lines


def validate_all():
    problems = []
    cases = [
        lambda: Product("BAD", "Too short", 100, "misc"),
        lambda: Customer("x", "Nobody", "no-at-sign", None),
        lambda: parse_money("12.345"),
        lambda: parse_money("abc"),
        lambda: OrderLine(Product("OK-999", "Thing", 100, "misc"), 0),
    ]
    for case in cases:
        try:
            case()
        except ValidationError as e:
            problems.append(e.field)
    return problems


def main():
    rules = [PercentOff("audio", 10), BuyNGetOne("CB-004", 2), TierDiscount()]
    shop = Shop(rules)
    products, errors = parse_catalogue(CATALOGUE)
    stock = [5, 12, 2, 40, 8, 6, 3, 7, 4, 9]
    for product, quantity in zip(products, stock):
        shop.inventory.add(product, quantity)
    for row in CUSTOMERS:
        shop.register(Customer(*row))

    print(f"catalogue: {len(shop.inventory)} products, {len(errors)} errors")
    print(f"customers: {', '.join(sorted(shop.customers))}")

    shop.place("c1", [("KB-001", 1), ("MS-002", 2), ("HS-006", 1)])
    shop.place("c2", [("CB-004", 7), ("HB-005", 1)])
    shop.place("c3", [("MN-003", 3)])
    shop.place("c4", [("SP-007", 1), ("LM-010", 2), ("XX-000", 1)])
    shop.place("c5", [("LP-009", 1), ("WC-008", 1), ("CB-004", 3)])
    shop.place("c1", [("MN-003", 1), ("SP-007", 2)])
    shipped = shop.ship_all()

    for order in shop.orders:
        print(order_summary(order))
    print(f"shipped {shipped} orders, revenue {money(shop.revenue())}")
    print("best customers:", ", ".join(f"{c.name} ({money(c.lifetime_value)})" for c in shop.best_customers()))
    print("low stock:", shop.inventory.low_stock())
    for line in histogram(stock_levels(shop.inventory), 16):
        print("  " + line)
    for line in category_report(shop.inventory):
        print(line)
    zones = defaultdict(list)
    for c in shop.customers.values():
        zones[shipping_zone(c.address.country)].append(c.name)
    print("zones:", dict(sorted(zones.items())), "cached:", len(shipping_zone.cache))
    print("promoted:", [shop.customers[i].promote() for i in ("c2", "c3")])
    print("validation:", validate_all())
    print("batches:", [len(b) for b in chunked(list(range(23)), 5)])
    print("events:")
    for event in shop.events:
        print("  " + event)
    print("log entries:", len(shop.inventory.log), "last:", shop.inventory.log[-1])


if __name__ == "__main__":
    main()
