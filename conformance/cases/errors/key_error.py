# KeyError for a missing key.
d = {'present': 1}
print(d['present'], d.get('missing'))
print(d['missing'])
