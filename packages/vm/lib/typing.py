"""Support for type hints: the names of CPython's typing module, as runtime no-ops.

Subscripting works and gives an alias whose repr is CPython's (`typing.List[int]`,
`typing.Optional[str]`); aliases are not checked and cannot be used with isinstance().
Generic and Protocol are real classes, and Generic[T] is Generic itself so it can be a base.
"""

import collections as _collections

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, list):
        return '[' + ', '.join([_type_repr(a) for a in obj]) + ']'
    if callable(obj) and hasattr(obj, '__name__') and not isinstance(obj, _Final):
        return obj.__name__
    return repr(obj)


class _Final:
    pass


def _type_check(arg):
    if arg is None:
        return type(None)
    return arg


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = tuple([_type_check(a) for a in args])
        self._name = name

    def __repr__(self):
        name = self._name
        if name is None:
            name = _type_repr(self.__origin__)
        else:
            name = 'typing.' + name
        if not self.__args__:
            return f'{name}[()]'
        return f"{name}[{', '.join([_type_repr(a) for a in self.__args__])}]"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialGenericAlias(_Final):
    """List, Dict, ...: a bare alias of a builtin class that can be subscripted."""

    def __init__(self, origin, name):
        self.__origin__ = origin
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            return _CallableGenericAlias(self.__origin__, tuple(args) + (result,), self._name)
        return _CallableGenericAlias(self.__origin__, (args, result), self._name)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        return ('typing.Callable[[' + ', '.join([_type_repr(a) for a in args[:-1]]) + '], '
                + _type_repr(args[-1]) + ']')


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join([_type_repr(a) for a in args]) + ']'


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = []
    for p in parameters:
        if p is None:
            p = type(None)
        if isinstance(p, _UnionGenericAlias):
            for q in p.__args__:
                if q not in params:
                    params.append(q)
        elif p not in params:
            params.append(p)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, tuple(params), 'Union')


def _optional_getitem(self, parameter):
    return Union[parameter, None]


def _generic_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, self._name)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _generic_getitem)
Final = _SpecialForm('Final', _generic_getitem)
Literal = _SpecialForm('Literal', _generic_getitem)
Concatenate = _SpecialForm('Concatenate', _generic_getitem)
TypeGuard = _SpecialForm('TypeGuard', _generic_getitem)
Required = _SpecialForm('Required', _generic_getitem)
NotRequired = _SpecialForm('NotRequired', _generic_getitem)
Unpack = _SpecialForm('Unpack', _generic_getitem)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return params[0]


Annotated = _SpecialForm('Annotated', _annotated_getitem)

List = _SpecialGenericAlias(list, 'List')
Dict = _SpecialGenericAlias(dict, 'Dict')
Set = _SpecialGenericAlias(set, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 'FrozenSet')
Tuple = _SpecialGenericAlias(tuple, 'Tuple')
Type = _SpecialGenericAlias(type, 'Type')
Deque = _SpecialGenericAlias(_collections.deque, 'Deque')
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 'OrderedDict')
Counter = _SpecialGenericAlias(_collections.Counter, 'Counter')
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 'ChainMap')
Callable = _CallableAlias(object, 'Callable')
Text = str


def _abstract(name):
    return _SpecialGenericAlias(object, name)


Iterable = _abstract('Iterable')
Iterator = _abstract('Iterator')
Generator = _abstract('Generator')
Reversible = _abstract('Reversible')
Container = _abstract('Container')
Collection = _abstract('Collection')
Hashable = _abstract('Hashable')
Sized = _abstract('Sized')
Sequence = _abstract('Sequence')
MutableSequence = _abstract('MutableSequence')
Mapping = _abstract('Mapping')
MutableMapping = _abstract('MutableMapping')
AbstractSet = _abstract('AbstractSet')
MutableSet = _abstract('MutableSet')
MappingView = _abstract('MappingView')
KeysView = _abstract('KeysView')
ItemsView = _abstract('ItemsView')
ValuesView = _abstract('ValuesView')
Awaitable = _abstract('Awaitable')
Coroutine = _abstract('Coroutine')
AsyncIterable = _abstract('AsyncIterable')
AsyncIterator = _abstract('AsyncIterator')
AsyncGenerator = _abstract('AsyncGenerator')
ContextManager = _abstract('ContextManager')
AsyncContextManager = _abstract('AsyncContextManager')
SupportsInt = _abstract('SupportsInt')
SupportsFloat = _abstract('SupportsFloat')
SupportsAbs = _abstract('SupportsAbs')
SupportsIndex = _abstract('SupportsIndex')
SupportsRound = _abstract('SupportsRound')
Pattern = _abstract('Pattern')
Match = _abstract('Match')
IO = _abstract('IO')
TextIO = _abstract('TextIO')
BinaryIO = _abstract('BinaryIO')


class TypeVar(_Final):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types."""

    @classmethod
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base class for protocol classes."""


class TypedDict(dict):
    """A dict whose keys are declared by class annotations (not checked)."""


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple (the functional form)."""
    if fields is None:
        fields = kwargs.items()
    names = [n for n, t in fields]
    return _collections.namedtuple(typename, names, module='__main__')


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable, but got: %r' % (arg,))


def reveal_type(obj):
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @typing.overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @typing.overload-decorated.')


def overload(func):
    """Decorator for overloaded functions/methods."""
    return _overload_dummy


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    return arg


def no_type_check_decorator(decorator):
    return decorator


def final(f):
    return f


def runtime_checkable(cls):
    return cls


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())
