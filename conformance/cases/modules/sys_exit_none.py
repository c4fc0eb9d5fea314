# sys.exit(None) and sys.exit(0) both mean success; a large code wraps as on POSIX.
import sys
print("ok")
sys.exit(256 + 7)
