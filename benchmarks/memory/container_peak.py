# A container-heavy workload measured with tracemalloc: records as dicts, rows as lists and
# tuples, an index dict of lists, a set of keys. Prints the traced peak in bytes.
import tracemalloc

tracemalloc.start()
records = []
for i in range(20000):
    records.append({'id': i, 'name': 'item' + str(i), 'tags': ['t' + str(i % 7), 't' + str(i % 11)],
                    'pos': (i * 0.5, i * 0.25)})
index = {}
for r in records:
    index.setdefault(r['tags'][0], []).append(r['id'])
keys = {r['name'] for r in records}
rows = [[r['id'], r['name'], len(r['tags'])] for r in records]
current, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(len(records), len(index), len(keys), len(rows))
print('peak', peak)
