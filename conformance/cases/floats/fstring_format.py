# Fixed-point formatting of floats in f-strings.
y = 3.14159
print(f"{y:.2f}", f"{y:.0f}", f"{y:.4f}", f"{y:.10f}")
print(f"{2.5:.0f}", f"{3.5:.0f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{2.675:.2f}")
print(f"{1e20:.2f}", f"{-0.0:.1f}", f"{-0.004:.2f}")
print(f"{1 / 3:.3f}", f"{2 / 3:.3f}", f"{100:.2f}")
print(f"{y}", f"{y!r}", f"{0.1 + 0.2}")
print(f"{y:>10.3f}|", f"{y:<10.3f}|", f"{y:^10.3f}|")
print(f"{1e16}", f"{1e-5}")
