# `import a.b` imports a.b: without packages it fails on a, or because a is not a package (found by fuzz/)
for stmt in ('import math.x', 'import nosuch.x', 'from nosuch.y import z'):
    try:
        if stmt == 'import math.x':
            import math.x
        elif stmt == 'import nosuch.x':
            import nosuch.x
        else:
            from nosuch.y import z
    except ModuleNotFoundError as e:
        print(e)
