# str.encode, bytes.decode, bytes(), bytearray() and str() with the utf-8, utf-8-sig, ascii and latin-1
# codecs: aliases, the error handlers and the UnicodeEncodeError/UnicodeDecodeError CPython raises.
tests=[b'\xc3', b'\xc3(', b'a\xe2\x82', b'\xe2\x82(', b'\xff', b'\x80abc', b'\xed\xa0\x80', b'\xf0\x90\x80', b'\xf4\x90\x80\x80', b'\xc0\xaf', b'ok\xe2\x82\xac', b'\xf0\x28\x8c\x28', b'\xe0\x80\x80', b'\xef\xbb\xbfhi', b'\xf0\x9f\x98\x80!']
for t in tests:
  try: print(t.decode())
  except UnicodeDecodeError as e: print(e, '|', e.start, e.end, e.reason, e.encoding, repr(e.object), e.args)
  for er in ['ignore','replace','backslashreplace', 'surrogateescape']:
    print(' ', er, repr(t.decode('utf-8', er)), ascii(t.decode('utf-8-sig', er)))
for t in [b'a\xffb\xfe', b'\x80\x81']:
  try: print(t.decode('ascii'))
  except UnicodeDecodeError as e: print(e)
  print(repr(t.decode('ascii','replace')), repr(t.decode('ascii','ignore')), repr(t.decode('ascii','backslashreplace')), repr(t.decode('latin-1')))
for s in ['aé€b', 'é€', '\U0001f600x', 'a\ud800b', 'plain', 'a\udcffb']:
  for enc in ['ascii','latin-1','utf-8', 'utf-8-sig']:
    try: print(enc, s.encode(enc))
    except UnicodeEncodeError as e: print(enc, e, '|', e.start, e.end, e.reason, repr(e.object))
    for er in ['ignore','replace','backslashreplace','xmlcharrefreplace', 'surrogateescape']:
      try: print(' ', er, s.encode(enc, er))
      except UnicodeEncodeError as e: print(' ', er, e)
for bad in ['foo', 'utf-16x']:
  try: 'a'.encode(bad)
  except LookupError as e: print(type(e).__name__, e)
try: 'a'.encode('ascii','bogus'); print('lazy')
except LookupError as e: print(e)
try: 'é'.encode('ascii','bogus')
except LookupError as e: print(e)
try: b'\xff'.decode('utf8', 'bogus')
except LookupError as e: print(e)
try: b'\xff'.decode('utf8', 'xmlcharrefreplace')
except TypeError as e: print(e)
for enc in ['UTF8','utf_8','U8','UTF','latin','L1','iso_8859_1','8859','cp819','646','us_ascii','ANSI_X3.4_1968','utf-8-sig', ' utf-8 ', 'UTF-8']:
  try: print(enc, 'é'.encode(enc, 'replace'), b'\xc3\xa9'.decode(enc, 'replace'))
  except LookupError as e: print(e)
print(bytes('é', 'latin-1'), bytearray('€', 'utf-8'), bytes('é', 'ascii', 'ignore'), str(b'\xe9', 'latin-1'), str(b'\xff', 'utf-8', 'replace'))
for f in [lambda: bytes('é', 'ascii'), lambda: bytearray('é', 'ascii'), lambda: str(b'\xff', 'utf-8'), lambda: bytes('a', 5), lambda: 'a'.encode('utf-8', encoding='x'), lambda: 'a'.encode('utf-8', 'strict', errors='x'), lambda: 'a'.encode(errors=1), lambda: b'a'.decode(1), lambda: b'a'.decode('a','b','c'), lambda: 'a'.encode(errors='strict', encoding='ascii'), lambda: 'a'.encode(bogus=1)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'custom reason')
print(e, e.start, e.end, e.reason, repr(e.object))
e = UnicodeEncodeError('ascii', 'xyz', 1, 2, 'nope')
print(e, e.args)
try:
  'é'.encode('ascii')
except UnicodeError as e:
  print(isinstance(e, ValueError), type(e).__name__, repr(e)[:40])
