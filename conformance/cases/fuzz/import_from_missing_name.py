# A failed `from module import name` releases the module's __name__ (found by fuzz/: --verify-heap)
for module in ('collections', 'math', 'gc'):
    try:
        if module == 'collections':
            from collections import d
        elif module == 'math':
            from math import d
        else:
            from gc import d
    except ImportError as e:
        print(type(e).__name__, str(e).split(' (')[0])
