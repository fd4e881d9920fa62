"""A light tree of a whole page, built straight from lxml's parse events (or, without lxml, from BeautifulSoup's).

The page reader needs a tree (to score blocks, look up parents and siblings),
but not BeautifulSoup's: building that costs most of a page's time. A
:class:`Node` holds a name, its attributes (``class`` and ``rel`` as lists, as
BeautifulSoup gives them; the words of the attributes in which components name
themselves, ``data-component`` and the like, join the class names), its
children and its parent, and offers the few
look-ups the page reader uses, under BeautifulSoup's names (``get``,
``find_all``, ``find``, ``find_parent``, ``parents``, ``get_text``, ``string``).
Strings are :class:`Text`; comments, processing instructions and doctypes are
left out, as the text walk leaves them out. With lxml the events come from the
same parser BeautifulSoup would use, so the tree has the same shape; without
lxml a BeautifulSoup tree (``html.parser``) is converted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Any, TypeAlias

from newsparse import _html
from newsparse._html import _BLOCK, _BREAK, _SKIP, _flush
from newsparse._nesting import bound_nesting

__all__ = ["Document", "Node", "Text", "build", "build_bounded", "camel_apart", "class_names", "left_text", "walk"]

_ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"
_PRESERVE = frozenset(("pre", "textarea"))
_CHUNK = 65536
# Elements whose inside is never text for a reader nor looked up (drawings, media, forms' option lists): not copied.
_OPAQUE = frozenset("svg math select template iframe object embed canvas audio video map picture".split())
# Elements beside which white space shows nothing (blocks, and what is never text): a run of white space between two
# of them in one of the _SPACED containers is not kept (a third of a page's strings), as it would change no text.
_APART = _BLOCK | frozenset("script style noscript template head title meta link br".split())
_SPACED = frozenset(
    "html head body div section article main header footer nav aside form ul ol dl table thead tbody tfoot tr "
    "fieldset details menu".split()
)


Text: TypeAlias = str
"""A string of the page's text: a plain ``str`` (no copy is made of what lxml or BeautifulSoup gave)."""


class Node:
    """An element of the page: name, attributes, children (nodes and :class:`Text`), parent."""

    __slots__ = ("attrs", "contents", "name", "parent")

    def __init__(self, name: str, attrs: dict[str, Any], parent: Node | None) -> None:
        self.name = name
        self.attrs = attrs
        self.contents: list[Node | Text] = []
        self.parent = parent

    def get(self, key: str, default: Any = None) -> Any:
        """An attribute's value (a list of words for ``class`` and ``rel``)."""
        return self.attrs.get(key, default)

    @property
    def parents(self) -> Iterator[Node]:
        """The enclosing elements, innermost first."""
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def find_parent(self, name: str) -> Node | None:
        """The nearest enclosing element of that name."""
        return next((node for node in self.parents if node.name == name), None)

    def descendants(self) -> Iterator[Node]:
        """Every element inside this one, in document order, without recursion (strings are stacked, then passed)."""
        stack: list[Node | Text] = list(reversed(self.contents))
        while stack:
            node = stack.pop()
            if isinstance(node, Node):
                yield node
                stack.extend(reversed(node.contents))

    def find_all(
        self, name: bool | str | Collection[str] = True, attrs: dict[str, Any] | None = None, **kwargs: Any
    ) -> list[Node]:
        """The elements inside this one that have the name (True: any) and the attribute values given."""
        return list(self._matching(name, {**(attrs or {}), **kwargs}))

    def find(
        self, name: bool | str | Collection[str] = True, attrs: dict[str, Any] | None = None, **kwargs: Any
    ) -> Node | None:
        """The first of :meth:`find_all`."""
        return next(self._matching(name, {**(attrs or {}), **kwargs}), None)

    def _matching(self, name: bool | str | Collection[str], wanted: dict[str, Any]) -> Iterator[Node]:
        test = _name_test(name)
        for node in self.descendants():
            if test(node.name) and all(_attr_matches(node.attrs.get(k), v) for k, v in wanted.items()):
                yield node

    def strings(self, skip: Collection[str] = ()) -> Iterator[Text]:
        """The strings inside, in document order (none inside an element named in ``skip``)."""
        stack: list[Node | Text] = list(reversed(self.contents))
        while stack:
            item = stack.pop()
            if isinstance(item, Node):
                if item.name not in skip:
                    stack.extend(reversed(item.contents))
            else:
                yield item

    def get_text(self, separator: str = "", strip: bool = False, skip: Collection[str] = ()) -> str:
        """The text inside, joined by ``separator`` (each string stripped and blanks left out with ``strip``).

        Elements named in ``skip`` (``script``, ``style``...) give none of their text.
        """
        if strip:
            return separator.join(s.strip() for s in self.strings(skip) if s.strip())
        return separator.join(self.strings(skip))

    @property
    def string(self) -> str | None:
        """The only string inside, as BeautifulSoup's ``string`` (None when there are several)."""
        node: Node = self
        while len(node.contents) == 1:
            child = node.contents[0]
            if not isinstance(child, Node):
                return child
            node = child
        return None


class Document(Node):
    """The root of a page's tree, which also lists every element in document order (for fast look-ups)."""

    __slots__ = ("by_name", "order")

    def __init__(self) -> None:
        super().__init__("[document]", {}, None)
        self.order: list[Node] = []
        self.by_name: dict[str, list[Node]] | None = None  # the elements of each name, made on the first look-up

    def _matching(self, name: bool | str | Collection[str], wanted: dict[str, Any]) -> Iterator[Node]:
        if not isinstance(name, str):
            return super()._matching(name, wanted)
        if self.by_name is None:
            self.by_name = {}
            for node in self.order:
                self.by_name.setdefault(node.name, []).append(node)
        named = self.by_name.get(name, [])
        if not wanted:
            return iter(named)
        return (node for node in named if all(_attr_matches(node.attrs.get(k), v) for k, v in wanted.items()))

    def descendants(self) -> Iterator[Node]:
        """Every element of the page, in document order."""
        return iter(self.order)

    def release(self) -> None:
        """Unlink every element from its parent, once the tree is read.

        Parents and children refer to each other, so a dropped tree waits for the
        garbage collector, which then walks every element; unlinked, each element
        is freed as soon as nothing refers to it.
        """
        for node in self.order:
            node.parent = None
        self.order = []
        self.by_name = None


def class_names(attrs: Mapping[str, Any]) -> tuple[str, ...]:
    """An element's class names, from its attributes (a list of words, as the trees give them, or one string).

    A tuple, so that what is judged of a class list can be remembered by it.
    """
    found = attrs.get("class")
    if isinstance(found, list):
        return tuple(found)
    return (found,) if isinstance(found, str) else tuple(found or ())


def _name_test(name: bool | str | Collection[str]) -> Callable[[str], bool]:
    if name is True:
        return lambda _: True
    if isinstance(name, str):
        return lambda n: n == name
    names = frozenset(name)  # type: ignore[arg-type]
    return names.__contains__


def _attr_matches(value: Any, wanted: Any) -> bool:
    if wanted is True:
        return value is not None
    if isinstance(value, list):
        return wanted in value
    return bool(value == wanted)


def camel_apart(names: str) -> str:
    """Class or id names with the parts of a camelCase name set apart by a dash, as dashed names write them.

    Example:
        >>> camel_apart("storyAuthor leadText"), camel_apart("article-byline")
        ('story-Author lead-Text', 'article-byline')
    """
    return _CAMEL.sub("-", names)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # where a camelCase name's next part starts

# Attributes in which a site's components name themselves, as a class would (React and design-system sites set
# them where their class names are generated hashes: data-component="byline-block", data-qa="author-name",
# data-testid="share-tools"). Their words join the element's class names, so every class reader sees them.
_NAMING = frozenset(("data-component", "data-testid", "data-test-id", "data-qa", "data-module"))


def _named_as_class(attrs: dict[str, Any]) -> None:
    """Add the words of an element's naming attributes (camelCase parts apart) to its class names, in place."""
    words = [word for key in sorted(_NAMING & attrs.keys()) for word in camel_apart(str(attrs[key])).split()]
    classes = attrs.get("class")
    attrs["class"] = [*(classes if isinstance(classes, list) else str(classes or "").split()), *words]


def build_bounded(markup: str, limit: int) -> tuple[Document, int]:
    """The tree of ``markup`` no deeper than ``limit`` containers, and how many elements were flattened to get it.

    With lxml the page is parsed as it is, and only when its tree is deeper than
    ``limit`` is the markup bounded (:func:`~newsparse._nesting.bound_nesting`)
    and parsed again: lxml's parser is linear in the depth, and most pages are
    far shallower than the limit. Without lxml the markup is always bounded
    first, since BeautifulSoup's tree building is quadratic in the depth.
    """
    if _html._parser() == "lxml":
        # A text with lone surrogates (never one the pipeline decoded) makes lxml fail: only then are they looked
        # for and replaced, and the page parsed again (encoding every page to look for them cost ~1% of a page).
        tree = _from_lxml(_html._undeclared(markup), limit)
        if tree is None and not markup.isascii() and not _html._encodable(markup):
            tree = _from_lxml(_html._prepared(markup), limit)
        if tree is not None:
            return tree, 0
    markup, flattened = bound_nesting(markup, limit)
    return build(markup), flattened


def build(markup: str) -> Document:
    """The tree of ``markup`` (already prepared and bounded in depth): from lxml's events, else BeautifulSoup's."""
    if _html._parser() == "lxml":
        tree = _from_lxml(_html._prepared(markup))
        if tree is not None:
            return tree
    return _from_soup(_html._soup(markup, bounded=True))


def _from_lxml(markup: str, limit: int | None = None) -> Document | None:
    """The tree from lxml's parser, built from its parse events (a parser target): lxml builds no tree of its own.

    None when lxml cannot parse the markup, or when an element lies deeper than ``limit`` (when given).
    """
    from lxml import etree  # type: ignore[import-untyped]  # only called when lxml is installed

    if markup[:1] == "\ufeff":
        markup = markup[1:]
    builder = _Builder(limit if limit is not None else len(markup))
    try:
        # huge_tree lifts libxml2's limit of ~255 levels, which would drop deeper elements: a tree deeper than
        # ``limit`` is refused (the caller bounds the markup and parses it again), and HTML has no entities to
        # expand.
        parser = etree.HTMLParser(target=builder, recover=True, no_network=True, huge_tree=True)
        for offset in range(0, len(markup), _CHUNK):
            parser.feed(markup[offset : offset + _CHUNK])
        parser.close()
    except _TooDeepError:
        return None
    except (etree.LxmlError, ValueError):
        return None
    finally:
        document = builder.taken()  # lxml keeps its target until the garbage collector runs: the tree is not kept
    return document


class _TooDeepError(Exception):
    """Raised by :class:`_Builder` past its depth limit, to stop the parser."""


class _Builder:
    """A parser target that builds :class:`Node` s from lxml's events, as BeautifulSoup would keep them.

    Each run of text becomes one string of the element it is in (a whitespace-only
    one a single newline or space, outside ``<pre>`` and ``<textarea>``); comments,
    processing instructions and the doctype are left out. Of an ``_OPAQUE``
    element only the text before its first child is kept. A whitespace-only
    run in a ``_SPACED`` container between two ``_APART`` elements (or one and
    the container's edge) is left out: it changes no text, and it is a third of
    a page's strings; one next to a comment is kept.

    This runs once per element of every page, so it does little: ``data`` is the
    pending list's own ``append`` (lxml looks the target's methods up once), the
    attribute dict lxml hands over (a new one for each element) is kept as it is,
    and the open element is at hand as ``top``.
    """

    __slots__ = ("data", "document", "first", "held", "limit", "opaque", "order", "pending", "pre", "stack", "top")

    def __init__(self, limit: int) -> None:
        self.document = Document()
        self.order = self.document.order
        self.top: Node = self.document  # the innermost open element
        self.stack: list[Node] = [self.document]  # the open elements
        self.limit = limit + 1
        self.pending: list[str] = []  # the text read since the last event
        self.data: Callable[[str], None] = self.pending.append  # text, maybe one piece of a longer run
        self.pre = 0  # how many open elements keep their whitespace
        self.opaque = 0  # how deep inside an opaque element the parser is (0: outside)
        self.first = False  # whether the text read now is an opaque element's own, before its first child
        self.held = ""  # white space after a block, kept only when what follows it in its container is no block

    def _text(self) -> None:
        """The pending text becomes a string of the open element."""
        pending = self.pending
        text = pending[0] if len(pending) == 1 else "".join(pending)
        pending.clear()
        if (self.opaque and not self.first) or self.top is self.document:
            return
        top = self.top
        if not self.pre and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
            contents = top.contents
            if top.name in _SPACED and (not contents or (type(contents[-1]) is Node and contents[-1].name in _APART)):
                self.held = text  # decided by what comes next
                return
        top.contents.append(text)

    def start(self, tag: str, attrib: Any) -> None:
        """An element opens."""
        if self.pending:
            self._text()
        if self.opaque:
            self.opaque += 1
            self.first = False
            return
        if self.held:
            if tag not in _APART:
                self.top.contents.append(self.held)
            self.held = ""
        if attrib:  # a dict of the element's own (lxml makes one per element that has attributes)
            if "class" in attrib:  # split into words, as BeautifulSoup gives them
                attrib["class"] = attrib["class"].split()
            if "rel" in attrib:
                attrib["rel"] = attrib["rel"].split()
            if not _NAMING.isdisjoint(attrib):
                _named_as_class(attrib)
        else:
            attrib = {}  # lxml's shared empty mapping, which cannot be changed
        parent = self.top
        node = Node(tag, attrib, parent)
        parent.contents.append(node)
        self.order.append(node)
        stack = self.stack
        stack.append(node)
        self.top = node
        if len(stack) > self.limit:
            raise _TooDeepError
        if tag in _PRESERVE:
            self.pre += 1
        elif tag in _OPAQUE:
            self.opaque = 1
            self.first = True

    def end(self, tag: str) -> None:
        """An element closes."""
        if self.pending:
            self._text()
        self.held = ""
        if self.opaque:
            self.opaque -= 1
            self.first = False
            if self.opaque:
                return
        stack = self.stack
        if stack.pop().name in _PRESERVE:
            self.pre -= 1
        self.top = stack[-1]

    def comment(self, text: str) -> None:
        """A comment: left out, but it ends the text before it (white space held before it is kept)."""
        if self.pending:
            self._text()
        if self.held:
            self.top.contents.append(self.held)
            self.held = ""
        self.first = False

    def pi(self, target: str, data: str | None = None) -> None:
        """A processing instruction: left out like a comment."""
        self.comment("")

    def close(self) -> Document:
        """The end of the markup."""
        if self.pending:
            self._text()
        return self.document

    def taken(self) -> Document:
        """The tree built, which the builder no longer refers to (it is of no more use)."""
        document = self.document
        del self.document, self.top, self.order
        self.stack = []
        return document


def _without_blank_runs(root: Document) -> None:
    """Leave out the runs of white space between two blocks of a container, as :class:`_Builder` does."""
    for node in (root, *root.order):
        if node.name not in _SPACED:
            continue
        contents = node.contents
        kept: list[Node | Text] = []
        for index, item in enumerate(contents):
            if isinstance(item, str) and not item.strip(_ASCII_SPACES):
                before = kept[-1] if kept else None
                after = contents[index + 1] if index + 1 < len(contents) else None
                if all(
                    other is None or (isinstance(other, Node) and other.name in _APART) for other in (before, after)
                ):
                    continue
            kept.append(item)
        node.contents = kept


def _from_soup(soup: Any) -> Document:
    """A BeautifulSoup tree as :class:`Node` s (comments, doctypes and CDATA left out), without recursion."""
    from bs4.element import NavigableString, PreformattedString, Tag

    root = Document()
    stack: list[tuple[Any, Node]] = [(child, root) for child in reversed(soup.contents)]
    while stack:
        item, parent = stack.pop()
        if isinstance(item, Tag):
            node = Node(item.name, dict(item.attrs), parent)
            if not _NAMING.isdisjoint(node.attrs):
                _named_as_class(node.attrs)
            parent.contents.append(node)
            root.order.append(node)
            stack.extend((child, node) for child in reversed(item.contents))
        elif isinstance(item, NavigableString) and not isinstance(item, PreformattedString):
            parent.contents.append(str(item))
    _without_blank_runs(root)
    return root


def walk(
    roots: Node | Iterable[Node | Text],
    skip: frozenset[str] = frozenset(),
    leave: Callable[[Node], bool] | None = None,
    left: list[str] | None = None,
    instead: Callable[[int], str | None] | None = None,
) -> list[str]:
    """The paragraphs under ``roots``, leaving out ``_SKIP`` and ``skip`` elements (as ``_html._walk``).

    ``leave`` tells of other elements to leave out; the text of those goes to ``left``, unless ``instead`` gives
    a text for the element (by its ``id``): that text is a paragraph in its place (a gallery's slide, its caption).
    """
    paragraphs: list[str] = []
    buffer: list[str] = []
    pre_depth = 0
    stack: list[Any] = [roots] if isinstance(roots, Node) else list(reversed(list(roots)))
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            if node[1] == "pre":
                pre_depth -= 1
            _flush(buffer, paragraphs, pre_depth > 0 or node[1] == "pre")
            continue
        if not isinstance(node, Node):
            buffer.append(node.replace("\n", _BREAK) if pre_depth else node)
            continue
        name = node.name
        if name in _SKIP or name in skip or (leave is not None and leave(node)):
            if name in _BLOCK:
                _flush(buffer, paragraphs, pre_depth > 0)
            told = instead(id(node)) if instead is not None else None
            if told is not None:
                _flush(buffer, paragraphs, pre_depth > 0)
                paragraphs.append(told)
                continue
            if left is not None and name not in _SKIP and name not in skip:
                text = left_text(node)
                if text:
                    left.append(text)
                    if name not in _BLOCK:
                        buffer.append(" ")  # the text on either side of an inline element left out stays apart
            continue
        if name == "br":
            buffer.append(_BREAK)
            continue
        if name in _BLOCK:
            _flush(buffer, paragraphs, pre_depth > 0)
            if name == "pre":
                pre_depth += 1
            stack.append(("end", name))
        stack.extend(reversed(node.contents))
    _flush(buffer, paragraphs, False)
    return paragraphs


def left_text(node: Node) -> str:
    """The text of an element that :func:`walk` leaves out, as it reports it in ``left``: one line, single spaces.

    Its scripts, styles and the like give none (a share box's inline script is no text of the page).
    """
    return " ".join(node.get_text(" ", skip=_html._SKIP).split())
