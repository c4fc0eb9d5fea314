# str.format releases the object of a failed '[key]' or '.attr' field lookup (found by fuzz/: --verify-heap)
for fmt in ('{0[x]}', '{0[x][1]}', '{0[5]}', '{0[0].zz}', '{0[0][0]}'):
    try:
        print(fmt.format([[1]]))
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
