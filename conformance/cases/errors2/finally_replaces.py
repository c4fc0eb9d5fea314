# An exception in finally replaces the one in flight and chains it as context.
def cleanup(resource):
    print('closing', resource)
    raise RuntimeError('close failed for ' + resource)
def work():
    res = 'db'
    try:
        print('working')
        raise ValueError('work failed')
    finally:
        cleanup(res)
work()
