# NameError raised from a nested call, after output.
def helper(n):
    return n + undefined_thing
def caller():
    print('calling helper')
    return helper(1)
print('start')
caller()
