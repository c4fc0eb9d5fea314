# a dataclass's generated __init__ called without a required argument: the traceback ends at the call
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def make():
    print(Point(1, 2))
    return Point(1)


make()
