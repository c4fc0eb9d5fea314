# sys.exit(n) sets the exit status.
import sys
print("before")
sys.exit(3)
print("never")
