# Clocks move forward and sleep waits; no times are printed.
import time
t0 = time.perf_counter()
time.sleep(0.02)
t1 = time.perf_counter()
print(t1 - t0 >= 0.015, t1 - t0 < 2)
n0 = time.perf_counter_ns()
n1 = time.perf_counter_ns()
print(type(n0).__name__, n1 >= n0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, abs(time.time() - time.time_ns() / 1e9) < 1)
print(time.time() > 1.6e9, time.monotonic() <= time.monotonic(), time.process_time() >= 0)
time.sleep(0)
for bad in [-1, "a"]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
