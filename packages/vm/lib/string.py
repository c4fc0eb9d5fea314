"""A collection of string constants, capwords() and Template (CPython's string, same results).

There is no re module, so Template scans for its placeholders by hand: a subclass may change
`delimiter`, but `idpattern`, `braceidpattern`, `flags` and `pattern` are not consulted (the
identifier is always CPython's default, ASCII letters, digits and '_' not starting with a digit)
and Template has no `pattern` attribute. Formatter is not provided.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}

_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits


class _ChainLookup:
    # collections.ChainMap(kws, mapping)[key]: the keywords first.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            pass
        return self.second[key]


def _identifier_end(text, i):
    # The end of the identifier starting at i, or i when there is none there.
    if i < len(text) and text[i] in _ID_START:
        i += 1
        while i < len(text) and text[i] in _ID_REST:
            i += 1
    return i


def _placeholders(template, delim):
    # What Template.pattern finds, left to right: (start, end, kind, name) for each delimiter,
    # kind being 'escaped' ($$), 'named' ($id), 'braced' (${id}) or 'invalid' (a lone $).
    i = template.find(delim)
    while i >= 0 and delim:
        after = i + len(delim)
        if template.startswith(delim, after):
            yield i, after + len(delim), 'escaped', None
            i = template.find(delim, after + len(delim))
            continue
        end = _identifier_end(template, after)
        if end > after:
            yield i, end, 'named', template[after:end]
            i = template.find(delim, end)
            continue
        if template.startswith('{', after):
            end = _identifier_end(template, after + 1)
            if end > after + 1 and template.startswith('}', end):
                yield i, end + 1, 'braced', template[after + 1:end]
                i = template.find(delim, end + 1)
                continue
        yield i, after, 'invalid', None
        i = template.find(delim, after)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        template = self.template
        parts = []
        last = 0
        for start, end, kind, name in _placeholders(template, self.delimiter):
            parts.append(template[last:start])
            last = end
            if kind == 'named' or kind == 'braced':
                if safe:
                    try:
                        parts.append(str(mapping[name]))
                    except KeyError:
                        parts.append(template[start:end])
                else:
                    parts.append(str(mapping[name]))
            elif kind == 'escaped':
                parts.append(self.delimiter)
            elif safe:
                parts.append(template[start:end])
            else:
                self._invalid(end)
        parts.append(template[last:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for start, end, kind, name in _placeholders(self.template, self.delimiter):
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in _placeholders(self.template, self.delimiter):
            if name is not None and name not in ids:
                ids.append(name)
        return ids
