# Uncaught exception raised three functions deep: every frame appears in the traceback.
def parse(text):
    return int(text)
def load(items):
    out = []
    for item in items:
        out.append(parse(item))
    return out
def main():
    print('loading')
    values = load(['1', '2', 'three'])
    print(values)
main()
