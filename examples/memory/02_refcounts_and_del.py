# Reference counts decide when __del__ runs: the moment the last reference goes away.
#
#   ./pyarena examples/memory/02_refcounts_and_del.py                 (generational, the default)
#   ./pyarena --gc refcount examples/memory/02_refcounts_and_del.py   same output: no cycles here
#   ./pyarena --gc pymalloc examples/memory/02_refcounts_and_del.py   no "closing" line ever:
#       pymalloc never frees, so __del__ never runs, and counts never drop when a list dies.
import sys


class File:
    def __init__(self, name):
        self.name = name
        print('opening', name)

    def __del__(self):
        print('closing', self.name)


f = File('log.txt')
print('refcount with one name:', sys.getrefcount(f) - 1)   # minus getrefcount's own argument
files = [f, f]
print('after putting it in a list twice:', sys.getrefcount(f) - 1)
del files
print('list deleted:', sys.getrefcount(f) - 1)
print('rebinding f...')
f = File('data.csv')          # 'log.txt' loses its last reference here
print('...rebound')


def use_temporarily():
    tmp = File('tmp.bin')
    print('using', tmp.name)


use_temporarily()             # 'tmp.bin' dies when the function returns
print('back from the function')
del f
print('end')
