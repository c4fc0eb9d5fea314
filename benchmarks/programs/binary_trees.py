# cycles: none
# binary-trees (Computer Language Benchmarks Game style): build many short-lived complete binary
# trees of tuples, one long-lived tree, and check their node counts. Allocation-heavy: almost every
# object dies young, so this is where free lists and reference counting pay off.


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def main(max_depth):
    min_depth = 4
    stretch = max_depth + 1
    lines = []
    lines.append(f"stretch tree of depth {stretch}\t check: {check_tree(make_tree(stretch))}")
    long_lived = make_tree(max_depth)
    total = 0
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += check_tree(make_tree(depth))
        total += check
        lines.append(f"{iterations}\t trees of depth {depth}\t check: {check}")
    lines.append(f"long lived tree of depth {max_depth}\t check: {check_tree(long_lived)}")
    for line in lines:
        print(line)
    print("checksum", total)


main(15)
