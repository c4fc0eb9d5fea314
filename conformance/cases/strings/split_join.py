# split and join round trips.
csv = 'name,age,city\nann,31,Oslo\nbob,17,Lima'
rows = []
for line in csv.split('\n'):
    rows.append(line.split(','))
print(rows)
header = rows[0]
for row in rows[1:]:
    pairs = []
    for i in range(len(header)):
        pairs.append(header[i] + '=' + row[i])
    print('; '.join(pairs))
s = '  many   spaces\there\n'
print(s.split(), s.split(' '))
print('/'.join('usr local bin'.split()), 'a-b-c'.split('-'), 'abc'.split('abc'))
print('x'.join(''), ''.join(['a']), '.'.join(['1', '2', '3']).split('.'))
sentence = 'Hello World From Python'
print(sentence.lower().split(), sentence.upper().split(' O'))
