"""Keys in a radix tree: the earliest key that starts another, or that another starts, found in linear time.

:func:`newsparse._captions.merge_captions` finds a truncated copy of a caption ("Troops march in the capital
during the par") and the caption it was cut from by their keys this way.
"""

from __future__ import annotations

__all__ = ["PrefixTree"]


class _Node:
    """A node of :class:`PrefixTree`.

    It holds the edge label into it, its children by first character, and the
    (order, position) of the earliest key at or below it and of the key that ends here.
    """

    __slots__ = ("children", "first", "label", "own")

    def __init__(self, label: str, first: tuple[int, int] | None, own: tuple[int, int] | None) -> None:
        self.label = label
        self.children: dict[str, _Node] = {}
        self.first = first
        self.own = own


class PrefixTree:
    """Caption keys in a radix tree, to find a key that starts another, or that another starts.

    ``find`` gives the position of the earliest added key that is a prefix of the
    given one or has it as a prefix, in time linear in the key's length however
    many keys there are (a scan of every key made a header of many captions quadratic).

    Example:
        >>> tree = PrefixTree()
        >>> tree.add("troops march", 0)
        >>> tree.add("other", 1)
        >>> tree.find("troops march in the capital"), tree.find("troops"), tree.find("nothing")
        (0, 0, None)
    """

    def __init__(self) -> None:
        self._root: _Node | None = None  # made when first searched: most articles have one caption, never searched
        self._pending: list[tuple[str, int]] = []  # keys added before then, put in the tree in order
        self._count = 0

    def add(self, key: str, position: int) -> None:
        """Add ``key`` with its position (a key already present keeps its first position)."""
        if self._root is None:
            self._pending.append((key, position))
        else:
            self._insert(key, position)

    def _insert(self, key: str, position: int) -> None:
        entry = (self._count, position)
        self._count += 1
        node, depth = self._root or self._tree(), 0
        while True:
            if node.first is None:
                node.first = entry
            if depth == len(key):
                node.own = node.own or entry
                return
            child = node.children.get(key[depth])
            if child is None:
                node.children[key[depth]] = _Node(key[depth:], entry, entry)
                return
            label = child.label
            if key.startswith(label, depth):
                node, depth = child, depth + len(label)
                continue
            common = 1  # the first character matched: it is the child's key
            while depth + common < len(key) and key[depth + common] == label[common]:
                common += 1
            middle = _Node(label[:common], child.first, None)
            child.label = label[common:]
            middle.children[child.label[0]] = child
            node.children[key[depth]] = middle
            node, depth = middle, depth + common

    def _tree(self) -> _Node:
        """The tree's root, with the keys added so far in it (made on the first call)."""
        if self._root is None:
            self._root = _Node("", None, None)
            pending, self._pending = self._pending, []
            for key, position in pending:
                self._insert(key, position)
        return self._root

    def find(self, key: str) -> int | None:
        """The position of the earliest added key that is a prefix of ``key`` or that ``key`` is a prefix of."""
        if self._root is None and not self._pending:
            return None  # nothing added yet
        best: tuple[int, int] | None = None
        node, depth = self._tree(), 0
        while True:
            if node.own is not None and (best is None or node.own < best):
                best = node.own  # a key that is a prefix of this one
            if depth == len(key):
                candidate = node.first  # every key below starts with this one
                break
            child = node.children.get(key[depth])
            if child is None:
                candidate = None
                break
            if key.startswith(child.label, depth):
                node, depth = child, depth + len(child.label)
                continue
            rest = len(key) - depth
            candidate = child.first if rest < len(child.label) and child.label.startswith(key[depth:]) else None
            break
        if candidate is not None and (best is None or candidate < best):
            best = candidate
        return None if best is None else best[1]
