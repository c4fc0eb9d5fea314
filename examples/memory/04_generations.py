# Generations: new container objects start in generation 0; survivors of a collection move up.
#
#   ./pyarena examples/memory/04_generations.py
#   ./pyarena --gc-trace examples/memory/04_generations.py    one line per collection
#   ./pyarena --gc-threshold 100,10,10 --stats examples/memory/04_generations.py
#       a lower first threshold means more, smaller generation-0 collections.
#   Under refcount and pymalloc there are no generations: every object stays in "generation 0".
import gc


class Record:
    pass


def where(obj):
    for generation in range(3):
        if any(o is obj for o in gc.get_objects(generation)):
            return generation
    return None


gc.disable()
gc.collect()
r = Record()
print('new object in generation', where(r))
gc.collect(0)
print('survived a generation-0 collection: now in', where(r))
gc.collect(1)
print('survived a generation-1 collection: now in', where(r))
print('thresholds', gc.get_threshold())

gc.enable()
collections = []
gc.callbacks.append(lambda phase, info: phase == 'stop' and collections.append(info['generation']))
garbage = [[i] for i in range(5000)]   # 5,000 new lists: several automatic collections
gc.callbacks.clear()
print('automatic collections by generation:', {g: collections.count(g) for g in sorted(set(collections))})
