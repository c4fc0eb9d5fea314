# get_threshold/set_threshold and get_count after an explicit collection.
# gc-torture: off (prints collection counters)
import gc

print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.collect()
print(gc.get_count())
gc.set_threshold(700, 10, 10)
try:
    gc.set_threshold()
except TypeError as e:
    print('TypeError:', e)
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError:', e)
