# f-string width, alignment and fill characters for strings and numbers.
s = 'abc'
n = 42
print(f'[{s:10}] [{s:<10}] [{s:>10}] [{s:^10}]')
print(f'[{s:*<8}] [{s:->8}] [{s:.^9}] [{s:0>6}]')
print(f'[{n:10}] [{n:<10}] [{n:^10}] [{n:>10}]')
print(f'[{n:*^10}] [{n:06}] [{-n:06}] [{n:=+8}] [{-n:=8}]')
print(f'[{s:2}] [{s:1}] [{"":5}] [{"x":^4}] [{"xy":^5}]')
for word in ['a', 'bb', 'ccc', 'dddd']:
    print(f'|{word:>5}|{word:^6}|{word:<4}|')
table = [('apple', 3, 1.5), ('kiwi', 12, 0.25), ('banana', 100, 10.0)]
for name, qty, price in table:
    print(f'{name:<8}{qty:>5}{price:>8.2f}')
print(f'{"total":<8}{sum(q for _, q, _ in table):>5}{sum(p for _, _, p in table):>8.2f}')
print(f'[{3.5:8}] [{3.5:<8}] [{True:>6}] [{None!s:>6}]')
print(f'[{"é":>3}] [{"日本":^6}]')
