# Float comparisons and ordering.
print(0.1 < 0.2, 0.1 + 0.2 > 0.3, 1.0 == 1, -0.0 == 0.0)
print(1e308 < float('inf'), float('-inf') < -1e308)
print(max(0.5, 0.25, 0.75), min(0.5, 0.25, 0.75))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(sorted([3.5, -1.25, 2, 0.0, -0.0, 1e-9, 100]))
print(sorted([0.1 + 0.2, 0.3, 0.30000000000000004]))
