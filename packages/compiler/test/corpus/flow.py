def f(xs):
    for x in xs:
        try:
            if x: continue
            if x > 1: break
            return x
        finally:
            print('fin')
    else:
        return None

def g():
    try:
        a()
    except (ValueError, TypeError) as e:
        return e
    except KeyError:
        pass
    except:
        raise
    else:
        b()
    finally:
        c()

def h(m):
    with m as a, m() as (b, c):
        for i in a:
            return i
    with m:
        while 1:
            break

def k():
    try:
        try:
            pass
        except E:
            return 1
    finally:
        return 2

def loop_in_handler():
    while True:
        try:
            x()
        except Exception as exc:
            continue
        finally:
            y()

def ret_in_with(m):
    with m() as f:
        return f.read()

def gen_with(m):
    with m:
        yield 1
    try:
        yield 2
    finally:
        yield 3
