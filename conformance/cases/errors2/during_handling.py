# An exception raised inside an except block: "During handling of the above exception..."
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return fallback(key)
def fallback(key):
    return key.upper()
print(lookup({'a': 1}, 'a'))
print(lookup({}, 'b'))
print(lookup({}, 5))
