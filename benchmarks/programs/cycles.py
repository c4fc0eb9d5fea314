# cycles: many
# Reference cycles made and dropped: doubly linked lists (next/prev), trees with parent pointers,
# and objects whose bound methods refer back to them, built and then abandoned. Reference counting
# alone frees none of them (they leak under --gc refcount); the cycle collector has to find them.


class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class DoublyLinkedList:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        self.size += 1
        return node

    def remove(self, node):
        if node.prev is None:
            self.head = node.next
        else:
            node.prev.next = node.next
        if node.next is None:
            self.tail = node.prev
        else:
            node.next.prev = node.prev
        self.size -= 1

    def total(self):
        s = 0
        node = self.head
        while node is not None:
            s += node.value
            node = node.next
        return s


class TreeNode:
    def __init__(self, name, parent):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def depth(self):
        d = 0
        node = self.parent
        while node is not None:
            d += 1
            node = node.parent
        return d


def build_tree(fanout, levels):
    root = TreeNode("root", None)
    frontier = [root]
    for level in range(levels):
        nxt = []
        for parent in frontier:
            for i in range(fanout):
                nxt.append(TreeNode(f"{parent.name}.{i}", parent))
        frontier = nxt
    return root, frontier


class Listener:
    def __init__(self, ident):
        self.ident = ident
        self.seen = 0
        self.callback = self.on_event  # a bound method: self -> method -> self

    def on_event(self, value):
        self.seen += value


def main():
    checksum = 0
    for round_ in range(3000):
        lst = DoublyLinkedList()
        nodes = [lst.append(i * round_ % 101) for i in range(200)]
        for node in nodes[::3]:
            lst.remove(node)
        checksum += lst.total() + lst.size
        del lst, nodes

        root, leaves = build_tree(3, 4)
        checksum += sum(leaf.depth() for leaf in leaves) + len(leaves[-1].name)
        del root, leaves

        listeners = [Listener(i) for i in range(50)]
        for i, l in enumerate(listeners):
            l.callback(i + round_)
            checksum += l.seen
        del listeners
        checksum %= 1000000007
    print("checksum", checksum)


main()
