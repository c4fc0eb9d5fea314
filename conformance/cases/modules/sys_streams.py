# sys.stdout.write returns the number of characters; print(file=...) goes through write.
import sys
n = sys.stdout.write("hello\n")
print(n)
print(sys.stdout.write("héllo €\n"))
sys.stdout.flush()
print("to stdout", file=sys.stdout)
print("a", "b", sep="-", end="!\n", file=sys.stdout)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
sys.stderr.write("to stderr\n")
