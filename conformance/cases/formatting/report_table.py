# A formatted report mixing f-strings, str.format and % with computed widths.
sales = [('north', 1250.5, 17), ('south', 980.0, 9), ('east', 15200.75, 132), ('west', 0.0, 0)]
name_w = max(len(r[0]) for r in sales) + 2
header = f'{"region":<{name_w}}{"revenue":>12}{"orders":>8}{"avg":>10}'
print(header)
print('-' * len(header))
total_rev = 0
total_orders = 0
for region, rev, orders in sales:
    avg = rev / orders if orders else 0
    print(f'{region.title():<{name_w}}{rev:>12,.2f}{orders:>8d}{avg:>10.2f}')
    total_rev += rev
    total_orders += orders
print('=' * len(header))
print('{:<{w}}{:>12,.2f}{:>8d}{:>10.2f}'.format('Total', total_rev, total_orders, total_rev / total_orders, w=name_w))
for region, rev, _ in sales:
    share = rev / total_rev
    bar = '#' * round(share * 40)
    print('%-8s %6.1f%% %s' % (region, share * 100, bar))
print(f'{"":-^30}')
print(f'{" done ":=^30}')
