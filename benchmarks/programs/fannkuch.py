# cycles: none
# fannkuch-redux (Computer Language Benchmarks Game style): generate every permutation of 1..n
# in a fixed order, flip prefixes until 1 is first, and keep the maximum number of flips and a
# signed checksum. List indexing, slicing and reversal; little allocation beyond slices.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    permutations = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[: k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign == 1 else -flips
        permutations += 1
        # next permutation in the benchmark's order (rotate a prefix)
        while True:
            if r == n:
                return checksum, max_flips, permutations
            p0 = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        sign = -sign


def main(n):
    checksum, max_flips, permutations = fannkuch(n)
    print(permutations, "permutations")
    print(checksum)
    print(f"Pfannkuchen({n}) = {max_flips}")
    print("checksum", checksum * 100 + max_flips)


main(9)
