"""Generic (shallow and deep) copying operations (CPython's copy, same results).

copy(x) and deepcopy(x, memo) follow CPython's order: the type's copier, __copy__ /
__deepcopy__(memo), then the pickle protocol (__reduce_ex__(4), __reduce__). The subset's
object has no __reduce_ex__, __getstate__ or __getnewargs__ of its own, so when a class defines
none, _reduce below computes what CPython's object.__reduce_ex__(4) returns: copyreg.__newobj__
(cls.__new__(cls, *args)), the state (__dict__, or (__dict__, slots)), and the items of list and
dict subclasses. There is no copyreg, so no dispatch_table; objects of builtin types CPython can
pickle but the subset cannot reduce (iterators) raise "cannot pickle 'T' object".
"""

from _collections import deque as _deque
from _weakref import ref as _weakref_ref

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


class _Probe:
    def method(self):
        pass


_FunctionType = type(_Probe.method)
_MethodType = type(_Probe().method)
_BuiltinFunctionType = type(len)
_CodeType = type(_Probe.method.__code__)
_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)
del _Probe


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


_copy_dispatch = {}
for _t in (_NoneType, int, float, bool, complex, str, tuple, bytes, frozenset, type, range,
           slice, property, _BuiltinFunctionType, _EllipsisType, _NotImplementedType,
           _FunctionType, _weakref_ref, _CodeType):
    _copy_dispatch[_t] = _copy_immutable
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not memoized.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # The tuple is not memoized, but a recursive structure inside it may have put it there.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {}
for _t in (_NoneType, _EllipsisType, _NotImplementedType, int, float, bool, complex, bytes, str,
           _CodeType, type, range, _BuiltinFunctionType, _FunctionType, _weakref_ref, property):
    _deepcopy_dispatch[_t] = _deepcopy_atomic
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[_MethodType] = _deepcopy_method
del _t


def _keep_alive(x, memo):
    # The memo is keyed by id(), so every original must outlive it: keep them in a list stored
    # under the id of the memo itself.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


################################################################################
### The pickle protocol, as object.__reduce_ex__(4) answers it
################################################################################

def _newobj(cls, *args):
    return cls.__new__(cls, *args)


# Builtin bases whose __getnewargs__ hands their value to __new__.
_VALUE_BASES = (int, float, complex, str, bytes, tuple)


def _builtin_base(cls):
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            return base
    return object


def _slotnames(cls):
    # copyreg._slotnames: every class's __slots__ along the MRO, private names mangled, cached
    # on the class as __slotnames__.
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        if '__slots__' in c.__dict__:
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        name = f'_{stripped}{name}'
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _default_state(x, cls):
    # object.__getstate__: the instance dict (None when empty), then a dict of the slots that
    # are set, paired with it when there are any.
    state = getattr(x, '__dict__', None)
    if not state:
        state = None
    slotnames = _slotnames(cls)
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _reduce(x):
    reductor = getattr(x, '__reduce_ex__', None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, '__reduce__', None)
    if reductor is not None:
        return reductor()
    cls = type(x)
    base = _builtin_base(cls)
    own_dict = getattr(x, '__dict__', None)
    if base is set or base is frozenset:
        return cls, (list(x),), own_dict
    if base is bytearray:
        return cls, (bytes(x),), own_dict
    if isinstance(x, _MethodType):
        return getattr, (x.__self__, x.__func__.__name__)
    if isinstance(x, BaseException):
        return cls, x.args, own_dict or None
    if isinstance(x, _deque):
        args = () if x.maxlen is None else ((), x.maxlen)
        return cls, args, own_dict, iter(x)
    if base is not object and base is not list and base is not dict and base not in _VALUE_BASES:
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError(f'__getnewargs__ should return a tuple, not {type(args).__name__!r}')
    elif base in _VALUE_BASES:
        args = (base(x),)
    else:
        args = ()
    getstate = getattr(x, '__getstate__', None)
    state = getstate() if getstate is not None else _default_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _newobj, (cls,) + args, state, listitems, dictitems


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *,
                 deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                y[key] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
