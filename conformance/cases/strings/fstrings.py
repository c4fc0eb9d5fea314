# Simple f-strings.
x = 42
name = 'py'
y = 2.5
print(f"{x}", f"{name}", f"{y}")
print(f"x={x}, name={name!r}, y={y}")
print(f"{x!r}", f"{name!r}", f"{'quote'!r}")
print(f"[{x:>5}]", f"[{x:<5}]", f"[{x:^5}]", f"[{x:5}]")
print(f"[{name:>5}]", f"[{name:<5}]", f"[{name:^6}]", f"[{name:5}]")
print(f"{y:.2f}", f"{x:.2f}", f"{1/3:.5f}")
print(f"{x + 1}", f"{x * 2 + 1}", f"{name * 2}", f"{[1, 2]}")
print(f"{{literal}}", f"{x}{x}", f"")
print(f"{None}", f"{True}", f"{-7:>4}", f"{'abc':>2}")
print(f'{"nested quotes"}')
for i in range(1, 4):
    print(f"{i:>3}|{i * i:>4}|{i / 7:.3f}")
