# Complex literal patterns (a real part plus or minus an imaginary literal), compared with ==.
for z in [1 + 2j, 3j, 2, -1.5j, 1 - 2j, 2 + 0j, complex(0, 3)]:
    match z:
        case 1 + 2j:
            print('one plus two j')
        case 1 - 2j:
            print('one minus two j')
        case 3j:
            print('three j', z)
        case -1.5j:
            print('minus one and a half j')
        case 2:
            print('two', z)
        case _:
            print('other', z)
