# getrecursionlimit / setrecursionlimit and their errors.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
for bad in [0, -5, 1.5, "10"]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print(e)
def f():
    try:
        sys.setrecursionlimit(2)
    except RecursionError as e:
        print(e)
f()
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
