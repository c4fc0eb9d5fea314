# a dataclass's __init__ given an unknown keyword: CPython's binding message, raised at the call
from dataclasses import dataclass, field


@dataclass
class Config:
    name: str
    tags: list = field(default_factory=list)
    _ = None


print(Config('a'), Config(name='b', tags=['x']))
Config('c', tag=['y'])
