"""Data classes (CPython's dataclasses, same results): @dataclass, field(), fields(), asdict(),
astuple(), replace(), is_dataclass(), InitVar, KW_ONLY, FrozenInstanceError.

CPython compiles the generated methods with exec(); the subset has no exec, so they are closures
over the fields (_methods.py's role is played by the *_fn functions below). What a program sees
through calls is the same, messages included: the generated __init__ binds its own arguments
with CPython's rules and raises its TypeErrors from the caller's line (_dataclasses
.raise_in_caller). It differs where code looks at the functions themselves: __init__ takes
(*args, **kwargs) in __code__ and has no __defaults__; tracebacks through a generated method show
a "<frozen dataclasses>" frame where CPython shows "<string>". Field.metadata is a read-only
mapping with mappingproxy's repr. make_dataclass() is not provided. A class whose __init__ is
not generated gets a __doc__ of its bare name (CPython adds inspect.signature()).
"""

import sys
import copy as _copy
from _dataclasses import raise_in_caller as _raise_in_caller

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _MappingProxy:
    # A read-only view of Field.metadata (CPython: types.MappingProxyType).
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        object.__setattr__(self, '_mapping', mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")


_EMPTY_METADATA = _MappingProxy({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


def _recursive_repr(user_function):
    # reprlib.recursive_repr: "..." for an object already being repr'd (one thread here).
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__wrapped__ = user_function
    return wrapper


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else _MappingProxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # A descriptor given as a default sees __set_name__ as if it were the class attribute.
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


################################################################################
### Recognising ClassVar, InitVar and KW_ONLY annotations
################################################################################

def _is_classvar(a_type, typing):
    return a_type is typing.ClassVar or getattr(a_type, '__origin__', None) is typing.ClassVar


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _is_word(ch):
    return ch == '_' or ch.isalnum()


def _module_identifier(annotation):
    # The regex ^(?:\s*(\w+)\s*\.)?\s*(\w+) of CPython: (module or None, name), or None.
    n = len(annotation)

    def word(i):
        while i < n and annotation[i].isspace():
            i += 1
        j = i
        while j < n and _is_word(annotation[j]):
            j += 1
        return i, j

    start, end = word(0)
    if start == end:
        return None
    k = end
    while k < n and annotation[k].isspace():
        k += 1
    if k < n and annotation[k] == '.':
        start2, end2 = word(k + 1)
        if start2 != end2:
            return annotation[start:end], annotation[start2:end2]
    return None, annotation[start:end]


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    # A string annotation "ClassVar[int]" or "typing.ClassVar[int]" names the type when the
    # class's module binds that name (or module) to it.
    match = _module_identifier(annotation)
    if match is None:
        return False
    module_name, name = match
    ns = None
    module = sys.modules.get(cls.__module__)
    if not module_name:
        ns = module.__dict__ if module is not None else None
    elif module is not None and module.__dict__.get(module_name) is a_module:
        ns = sys.modules.get(a_type.__module__).__dict__
    return bool(ns) and is_type_predicate(ns.get(name), a_module)


def _hash_is_none(cls):
    # cls.__hash__ is None; the subset's list, dict, set and bytearray answer their inherited
    # object.__hash__ there, though hash() refuses them.
    for c in cls.__mro__:
        if '__hash__' in c.__dict__:
            return c.__dict__['__hash__'] is None
        if c is list or c is dict or c is set or c is bytearray:
            return True
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == 'member_descriptor':
            # A slot of the class, not a default value.
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if typing:
        if _is_classvar(a_type, typing) or (
                isinstance(f.type, str) and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar)):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if _is_initvar(a_type, dataclasses) or (
                isinstance(f.type, str) and _is_type(f.type, cls, dataclasses, dataclasses.InitVar, _is_initvar)):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and _hash_is_none(f.default.__class__):
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory')
    return f


################################################################################
### The generated methods
################################################################################

def _set_qualname(cls, value):
    if type(value) is _FunctionType:
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _set_new_attribute(cls, name, value):
    # Never overwrites what the class defines itself; True when it does.
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _probe():
    pass


_FunctionType = type(_probe)
del _probe


def _quote_names(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _missing(qualname, names, kind):
    s = '' if len(names) == 1 else 's'
    return f'{qualname}() missing {len(names)} required {kind} argument{s}: {_quote_names(names)}'


def _bind(qualname, posnames, posdefaults, kwnames, kwdefaults, args, kwargs):
    # CPython's initialize_locals (ceval.c) for a function without *args, **kwargs or
    # positional-only parameters: a dict of the bound values, or the TypeError's message.
    nargs = len(args)
    argcount = len(posnames)
    bound = {}
    for i in range(min(nargs, argcount)):
        bound[posnames[i]] = args[i]
    for key in kwargs:
        if key not in posnames and key not in kwnames:
            return f"{qualname}() got an unexpected keyword argument '{key}'"
        if key in bound:
            return f"{qualname}() got multiple values for argument '{key}'"
        bound[key] = kwargs[key]
    if nargs > argcount:
        kwonly_given = len([n for n in kwnames if n in bound])
        if posdefaults:
            sig, plural = f'from {argcount - len(posdefaults)} to {argcount}', True
        else:
            sig, plural = f'{argcount}', argcount != 1
        kwonly_sig = ''
        if kwonly_given:
            kwonly_sig = (f" positional argument{'s' if nargs != 1 else ''} (and {kwonly_given} "
                          f"keyword-only argument{'s' if kwonly_given != 1 else ''})")
        was = 'was' if nargs == 1 and not kwonly_given else 'were'
        return (f"{qualname}() takes {sig} positional argument{'s' if plural else ''} "
                f'but {nargs}{kwonly_sig} {was} given')
    required = argcount - len(posdefaults)
    if nargs < argcount:
        missing = [n for n in posnames[nargs:required] if n not in bound]
        if missing:
            return _missing(qualname, missing, 'positional')
        for i in range(max(nargs, required), argcount):
            if posnames[i] not in bound:
                bound[posnames[i]] = posdefaults[i - required]
    missing = []
    for name in kwnames:
        if name not in bound:
            if name in kwdefaults:
                bound[name] = kwdefaults[name]
            else:
                missing.append(name)
    if missing:
        return _missing(qualname, missing, 'keyword-only')
    return bound


def _init_default(f):
    return _HAS_DEFAULT_FACTORY if f.default_factory is not MISSING else f.default


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    posnames = (self_name,) + tuple([f.name for f in std_fields])
    posdefaults = tuple([_init_default(f) for f in std_fields if _init_default(f) is not MISSING])
    kwnames = tuple([f.name for f in kw_only_fields])
    kwdefaults = {f.name: _init_default(f) for f in kw_only_fields if _init_default(f) is not MISSING}
    # What the body does for each field, in field order: (name, kind, factory or default), where
    # kind 0 assigns the argument, 1 the argument or a new default, 2 the factory's result and
    # 3 the default (init=False fields of a class with __slots__).
    steps = []
    for f in fields:
        if f.default_factory is not MISSING:
            step = (f.name, 1 if f.init else 2, f.default_factory)
        elif f.init:
            step = (f.name, 0, None)
        elif slots and f.default is not MISSING:
            step = (f.name, 3, f.default)
        else:
            continue
        if f._field_type is not _FIELD_INITVAR:
            steps.append(step)
    initvars = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
    assign = object.__setattr__ if frozen else setattr
    qualname = f'{cls.__qualname__}.__init__'

    def __init__(*args, **kwargs):
        bound = _bind(qualname, posnames, posdefaults, kwnames, kwdefaults, args, kwargs)
        if type(bound) is str:
            _raise_in_caller(TypeError(bound))
        self = bound[self_name]
        for name, kind, extra in steps:
            if kind == 0:
                value = bound[name]
            elif kind == 1:
                value = bound[name]
                if value is _HAS_DEFAULT_FACTORY:
                    value = extra()
            elif kind == 2:
                value = extra()
            else:
                value = extra
            assign(self, name, value)
        if has_post_init:
            self.__post_init__(*[bound[name] for name in initvars])
    return __init__


def _repr_fn(fields):
    names = [f.name for f in fields]

    def __repr__(self):
        parts = ', '.join([f'{name}={getattr(self, name)!r}' for name in names])
        return f'{self.__class__.__qualname__}({parts})'
    return _recursive_repr(__repr__)


def _cmp_fn(name, op, fields):
    names = [f.name for f in fields]

    def values(obj):
        return tuple([getattr(obj, n) for n in names])

    if op == '==':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented
    elif op == '<':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) < values(other)
            return NotImplemented
    elif op == '<=':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) <= values(other)
            return NotImplemented
    elif op == '>':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) > values(other)
            return NotImplemented
    else:
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) >= values(other)
            return NotImplemented
    fn.__name__ = name
    return fn


def _hash_fn(fields):
    names = [f.name for f in fields]

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return __hash__


def _frozen_get_del_attr(cls, fields):
    names = {f.name for f in fields}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _hash_set_none(cls, fields):
    return None


def _hash_add(cls, fields):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _set_qualname(cls, _hash_fn(flds))


def _hash_exception(cls, fields):
    raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')


# (unsafe_hash, eq, frozen, has an explicit __hash__) -> what __hash__ becomes.
_hash_action = {(False, False, False, False): None,
                (False, False, False, True): None,
                (False, False, True, False): None,
                (False, False, True, True): None,
                (False, True, False, False): _hash_set_none,
                (False, True, False, True): None,
                (False, True, True, False): _hash_add,
                (False, True, True, True): None,
                (True, False, False, False): _hash_add,
                (True, False, False, True): _hash_exception,
                (True, False, True, False): _hash_add,
                (True, False, True, True): _hash_exception,
                (True, True, False, False): _hash_add,
                (True, True, False, True): _hash_exception,
                (True, True, True, False): _hash_add,
                (True, True, True, True): _hash_exception}


def _format_annotation(annotation):
    # inspect.formatannotation
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _text_signature(std_fields, kw_only_fields):
    # str(inspect.signature(cls)) of a generated __init__, without "-> None".
    def param(f):
        text = f'{f.name}: {_format_annotation(f.type)}'
        default = _init_default(f)
        if default is not MISSING:
            text += f' = {default!r}'
        return text
    params = [param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params += [param(f) for f in kw_only_fields]
    return '(' + ', '.join(params) + ')'


################################################################################
### @dataclass
################################################################################

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    KW_ONLY_seen = False
    dataclasses = sys.modules[__name__]
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type, dataclasses) or (
                isinstance(a_type, str) and _is_type(a_type, cls, dataclasses, dataclasses.KW_ONLY, _is_kw_only)):
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        # The class attribute holding a field() becomes its default, or goes.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        init_fn = _init_fn(cls, all_init_fields, std_init_fields, kw_only_init_fields, frozen,
                           has_post_init, self_name, slots)
        init_generated = not _set_new_attribute(cls, '__init__', init_fn)
    else:
        init_generated = False
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in field_list if f.repr]))
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', '==', [f for f in field_list if f.compare]))
    if order:
        flds = [f for f in field_list if f.compare]
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if _set_new_attribute(cls, name, _cmp_fn(name, op, flds)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')
    hash_action = _hash_action[bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list)
    if not getattr(cls, '__doc__'):
        text_sig = _text_signature(std_init_fields, kw_only_init_fields) if init_generated else ''
        cls.__doc__ = cls.__name__ + text_sig
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple([f.name for f in std_init_fields]))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        if getattr(cls, '__weakrefoffset__', False):
            return ['__weakref__']
        return []
    if isinstance(slots, str):
        return [slots]
    return list(slots)


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    # A class's __slots__ cannot change once it exists: make a new class with them.
    cls_dict = dict(cls.__dict__)
    field_names = tuple([f.name for f in fields(cls)])
    inherited_slots = set()
    for base in cls.__mro__[1:-1]:
        inherited_slots.update(_get_slots(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple([name for name in wanted if name not in inherited_slots])
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


################################################################################
### Working with dataclasses
################################################################################

def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in fields.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary (recursively)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple (recursively)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append(_astuple_inner(getattr(obj, f.name), tuple_factory))
        return tuple_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
