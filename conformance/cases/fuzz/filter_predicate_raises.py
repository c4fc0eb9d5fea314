# filter(), zip() and map() release the item in hand when a predicate or a later iterator raises (found by fuzz/: --verify-heap)
for it in (lambda: filter(lambda v: v > 1, [[1]]), lambda: zip([[1]], map(lambda v: v > 1, [[1]])),
           lambda: map(pow, [[1]], map(lambda v: v > 1, [[2]]))):
    try:
        print(list(it()))
    except TypeError as e:
        print('TypeError:', e)
