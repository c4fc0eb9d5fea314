# str.title() and str.capitalize() use title case (ß -> Ss, ǆ -> ǅ, ﬁ -> Fi) and the Unicode cased property (found by fuzz/)
for s in ('ß', 'ßa straße', 'ǆemal ǈubo', 'ﬁx ﬂow', 'ªb ºc', 'ʰx', 'ᾳ', 'éa', '𝔞bc', 'hello WORLD', "they're bill's"):
    print(repr(s.title()), repr(s.capitalize()))
