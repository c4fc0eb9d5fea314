# SystemExit can be caught; sys.exit() with no argument exits with 0.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.args)
sys.exit()
