# time.sleep() checks that its argument fits a 64-bit count of nanoseconds before it checks the
# sign, with one message for floats and another for ints; nothing here actually waits.
import time

for v in [1e308, -1e308, float('inf'), float('-inf'), 9.3e9, 2 ** 63, -2 ** 63, 9223372037,
          -9223372037, 10 ** 30, -1, -0.5, float('nan'), 0, 0.0, False]:
    try:
        time.sleep(v)
        print(repr(v), 'slept')
    except (OverflowError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
