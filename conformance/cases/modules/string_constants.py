# The string module's constants and capwords.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(string.capwords("  hello   wORLD  foo "), string.capwords("a-b-c", "-"), repr(string.capwords("")))
print(string.capwords("x\ty\nz"), string.capwords("hello world", " "), string.capwords("ONE two"))
print(sorted(set("hello") & set(string.ascii_lowercase)), "z" in string.ascii_letters, "5" in string.digits)
