"""The YAML dialect of claim files: safe loading of plain data only, and a deterministic dump.

No tags that construct objects, no aliases (refused before they can expand), no duplicate
or merge keys; timestamps are left as strings for pydantic to parse; numbers are decimal
only (no YAML 1.1 base 60, octal, hex). Errors come out as one `Problem` each, with the line.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import yaml

from claimcheck.claimfile.breaks import str_style as _str_style
from claimcheck.claimfile.sizes import refuse_too_many
from claimcheck.errors import InvalidClaimFile, Problem

try:  # the C loader is several times faster; fall back where libyaml is missing
    from yaml import CSafeDumper as _Dumper
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_STAMP, _STR, _MAP, _SEQ, _NULL, _INT, _FLOAT = (
    f"tag:yaml.org,2002:{name}"
    for name in ("timestamp", "str", "map", "seq", "null", "int", "float")
)
# Tags refused: bytes, which the checks on text (NUL, escapes) never see; YAML's other
# collections, which validation took for a list of fields (`sources: !!set {a, b}`).
_REFUSED_TAGS = {f"tag:yaml.org,2002:{n}": f"!!{n} values" for n in ("set", "omap", "pairs")}
_REFUSED_TAGS["tag:yaml.org,2002:binary"] = "binary values (!!binary)"
# Numbers in plain decimal only, not YAML 1.1's others: a time pasted into an offset
# (`190:20:30`, base 60: 685230), `0x1F`, `017` (octal: 15), `0b11`, `1_000`, `.inf`,
# `.nan` stay the text they are, which a number field refuses (one line) and a text
# field keeps, instead of quietly becoming another number.
_DECIMAL = r"[-+]?(?:0|[1-9][0-9]*)\Z", r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?\Z"
_NUMBERS = {_INT: re.compile(_DECIMAL[0]), _FLOAT: re.compile(_DECIMAL[1])}
_IMPLICIT = {  # the safe loader's implicit tags without timestamps: pydantic parses dates
    first: [(tag, _NUMBERS.get(tag, regexp)) for tag, regexp in resolvers if tag != _STAMP]
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
}


class _ClaimLoader(_Loader):
    """The safe loader without implicit timestamps, and with a faster resolver.

    PyYAML's resolver runs in Python for every node; claim files use no path resolvers,
    so the per-node bookkeeping for them is skipped and scalars go straight to the
    implicit resolvers of their first character. The result is the same tag.
    """

    yaml_implicit_resolvers = _IMPLICIT

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in _IMPLICIT.get(value[:1], ()):
                    if regexp.match(value):
                        return str(tag)
            return _STR
        return str(super().resolve(kind, value, implicit))  # type: ignore[no-untyped-call]


def _yaml_problem(exc: yaml.YAMLError, path: Path, text: str = "") -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is not None and text:
        lines = text.split("\n")
        row = lines[mark.line] if mark.line < len(lines) else ""
        if row[mark.column : mark.column + 1] == "\t":
            what += " (a tab: YAML indents with spaces)"
    context = getattr(exc, "context", None)
    message = f"{what} ({context})" if context and "constructor" not in what else what
    return Problem(path, line, None, f"not valid YAML: {message}")


def _alias_line(text: str) -> int | None:
    """The line of the first alias token (only called once an alias is known to exist)."""
    try:
        for token in yaml.scan(text, Loader=_ClaimLoader):
            if isinstance(token, yaml.AliasToken):
                return int(token.start_mark.line) + 1
    except yaml.YAMLError:  # pragma: no cover - the text already composed without error
        pass
    return None


class _Refused(Exception):
    def __init__(self, node: yaml.Node, message: str, value: bool = False) -> None:
        self.node, self.message, self.value = node, message, value


# What may precede an anchor: YAML's spaces and line breaks (\r, NEL, LS and PS are line
# breaks too) and flow indicators. Missing one would let an alias bomb through.
_BEFORE_ANCHOR = " \t\n\r\x85\u2028\u2029[{,:"


def may_anchor(text: str) -> bool:
    """Whether `text` may hold an anchor (&name where a node can start). Without one there
    can be no alias, and the walk need not remember the nodes it has seen. "AT&T" and
    "?a=1&b=2" are not anchors; str.find keeps this fast on the common case of no "&"."""
    i = text.find("&")
    while i != -1:
        if (i == 0 or text[i - 1] in _BEFORE_ANCHOR) and text[i + 1 : i + 2].strip():
            return True
        i = text.find("&", i + 1)
    return False


def _to_data(loader: _ClaimLoader, root: yaml.Node, track: bool = True) -> Any:
    """Plain data from the composed node tree, refusing what a claim file never needs.

    This replaces PyYAML's generic constructor: it is faster (plain strings, mappings and
    lists need no dispatch), and in the same pass it refuses aliases (a node reached twice)
    and duplicate keys, which PyYAML would silently resolve to the last value.
    """
    seen: set[int] = set()
    construct = loader.construct_object

    def walk(node: yaml.Node) -> Any:
        if track:
            key = id(node)
            if key in seen:
                raise _Refused(node, "alias")
            seen.add(key)
        kind = type(node)
        tag = node.tag
        if kind is yaml.ScalarNode:
            if tag == _STR:
                return node.value
            if tag == _NULL:
                return None
        elif kind is yaml.MappingNode and tag == _MAP:
            out: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if type(key_node) is not yaml.ScalarNode:
                    raise _Refused(key_node, "a mapping key must be a plain value")
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise _Refused(key_node, "merge keys (<<) are not allowed in a claim file")
                name = walk(key_node)
                if name in out:
                    raise _Refused(key_node, f"duplicate key {name!r} in the same mapping")
                out[name] = walk(value_node)
            return out
        elif kind is yaml.SequenceNode and tag == _SEQ:
            return [walk(item) for item in node.value]
        if tag in _REFUSED_TAGS:
            raise _Refused(node, f"{_REFUSED_TAGS[tag]} are not allowed in a claim file", True)
        try:  # a number, a bool, an explicit tag: the safe constructor accepts or refuses it
            return construct(node)
        except ValueError as exc:
            raise _value_refused(node, exc) from None

    return walk(root)


def _value_refused(node: yaml.Node, exc: ValueError) -> _Refused:
    """A value refused at its node (Python refuses 4,300+ digits in words for programmers)."""
    digits = sum(ch.isdigit() for ch in str(node.value))
    big = node.tag == _INT and digits > 4300
    return _Refused(node, f"a number of {digits} digits is too large" if big else str(exc), True)


def load_yaml(text: str, path: Path) -> Any:
    refuse_too_many(text, path, _Loader)
    loader = _ClaimLoader(text)
    field: str | None = None
    try:
        root = loader.get_single_node()
        track = may_anchor(text)
        return None if root is None else _to_data(loader, root, track)
    except _Refused as exc:
        if exc.message == "alias":
            message = "YAML aliases (*name) are not allowed in a claim file"
            line = _alias_line(text)
        else:
            message, line = exc.message, exc.node.start_mark.line + 1
            if exc.value:  # a value, said with its field
                from claimcheck.claimfile.locate import field_of

                field = field_of(root, exc.node)
        raise InvalidClaimFile([Problem(path, line, field, message)]) from None
    except yaml.YAMLError as exc:
        raise InvalidClaimFile([_yaml_problem(exc, path, text)]) from None
    except (ValueError, OverflowError) as exc:  # a constructor choking on a value
        raise InvalidClaimFile([Problem(path, None, None, f"not valid YAML: {exc}")]) from None
    except RecursionError:
        raise InvalidClaimFile([Problem(path, None, None, "nested too deeply")]) from None
    finally:
        loader.dispose()


def compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_ClaimLoader)
    except yaml.YAMLError:
        return None


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=_str_style(value))


# The dumper's implicit resolvers by first character, then the wildcard ones, as PyYAML
# tries them (timestamps included: a date-like string must be quoted to stay a string).
_DUMP_IMPLICIT: dict[str, list[tuple[str, Any]]] = {
    first: [*resolvers, *_Dumper.yaml_implicit_resolvers.get(None, [])]
    for first, resolvers in _Dumper.yaml_implicit_resolvers.items()
    if first is not None
}
_WILDCARD: list[tuple[str, Any]] = list(_Dumper.yaml_implicit_resolvers.get(None, []))


class _ClaimDumper(_Dumper):
    """The safe dumper, with the plain data of a claim file represented without PyYAML's
    per-object dispatch, and scalars resolved without its per-call bookkeeping.

    Dumping 1 MB of extracted claims spent most of its time there, in Python, building
    the same nodes. The nodes are the same as PyYAML's own (`represent_dict`,
    `represent_list` and `_str_representer`, with a dict or list met twice made an alias
    as before); anything else goes the generic way. tests/test_yaml_dump.py compares the
    two on random data."""

    def represent_data(self, data: Any) -> yaml.Node:
        kind = type(data)
        if kind is str:
            return yaml.ScalarNode(_STR, data, style=_str_style(data) or self.default_style)
        if kind is int:  # SafeRepresenter.represent_int (a bool is not an int here)
            return yaml.ScalarNode(_INT, str(data), style=self.default_style)
        if (kind is not dict or self.sort_keys) and kind is not list:
            return super().represent_data(data)
        key = id(data)
        seen = self.represented_objects.get(key)
        if seen is not None:  # the same object again: an alias, as PyYAML makes it
            return seen
        self.object_keeper.append(data)  # its id stays its own while the dump lasts
        node: yaml.MappingNode | yaml.SequenceNode
        flow = self.default_flow_style
        best = flow is None  # whether every item is a plain scalar, asked only if needed
        if kind is dict:
            pairs: list[tuple[yaml.Node, yaml.Node]] = []
            node = yaml.MappingNode(_MAP, pairs, flow_style=None)
            self.represented_objects[key] = node
            for item_key, item_value in data.items():
                k, v = self.represent_data(item_key), self.represent_data(item_value)
                best = best and _plain(k) and _plain(v)  # False: not asked
                pairs.append((k, v))
        else:
            items: list[yaml.Node] = []
            node = yaml.SequenceNode(_SEQ, items, flow_style=None)
            self.represented_objects[key] = node
            for item in data:
                v = self.represent_data(item)
                best = best and _plain(v)
                items.append(v)
        node.flow_style = flow if flow is not None else best
        return node

    # The emitter asks these for every node. The claim file's dumper has no path
    # resolvers (none is ever added), so they reduce to PyYAML's own answers without one.
    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is not yaml.ScalarNode:
            return _MAP if kind is yaml.MappingNode else _SEQ
        if implicit[0]:
            for tag, regexp in _DUMP_IMPLICIT.get(value[:1], _WILDCARD):
                if regexp.match(value):
                    return tag
        return _STR


def _plain(node: yaml.Node) -> bool:
    """A scalar in plain style: what lets PyYAML choose the flow style for a collection."""
    return isinstance(node, yaml.ScalarNode) and not node.style


_ClaimDumper.add_representer(str, _str_representer)  # type: ignore[arg-type]


_OPTIONS: dict[str, Any] = {
    "sort_keys": False,
    "allow_unicode": True,
    "width": 88,
    "default_flow_style": False,
}


class _Shared(Exception):
    """A dict or list met twice: PyYAML makes it an alias, which only its nodes can say."""


def _events(dumper: _ClaimDumper, data: Any) -> bool:
    """Emit `data` as the events PyYAML's serializer makes of `_ClaimDumper`'s nodes, without
    building them: the same scalars with the same tags, implicit flags and styles, block
    collections (default_flow_style=False makes every node's flow style False), no anchors.
    False, with nothing emitted, if the data holds anything but str, int, dict and list.

    Building the node tree and the serializer's calls back into Python for each node
    (descend_resolver, ascend_resolver, two resolve calls) were most of the time of
    dumping 1 MB of extracted claims; libyaml's emitter, which chooses each scalar's
    style and folds the lines, is the same as before, so the bytes are too."""
    events: list[yaml.Event] = []
    add = events.append
    seen: set[int] = set()
    map_start = yaml.MappingStartEvent(None, _MAP, True, flow_style=False)
    seq_start = yaml.SequenceStartEvent(None, _SEQ, True, flow_style=False)
    map_end, seq_end = yaml.MappingEndEvent(), yaml.SequenceEndEvent()
    known: dict[str, yaml.ScalarEvent] = {}  # short strings (keys, kinds) recur: one event each

    def scalar(value: str) -> yaml.ScalarEvent:
        # what CEmitter asks resolve: (True, False) gives str only if no implicit
        # resolver reads the value as something else; (False, True) always gives str
        plain = True
        for _tag, regexp in _DUMP_IMPLICIT.get(value[:1], _WILDCARD):
            if regexp.match(value):
                plain = False
                break
        return yaml.ScalarEvent(None, _STR, (plain, True), value, style=_str_style(value))

    def walk(item: Any) -> None:
        kind = type(item)
        if kind is str:
            event = known.get(item)
            if event is None:
                event = scalar(item)
                if len(item) <= 24:
                    known[item] = event
            add(event)
        elif kind is dict or kind is list:
            if id(item) in seen:
                raise _Shared
            seen.add(id(item))
            if kind is dict:
                add(map_start)
                for key, value in item.items():
                    walk(key)
                    walk(value)
                add(map_end)
            else:
                add(seq_start)
                for value in item:
                    walk(value)
                add(seq_end)
        elif kind is int:  # SafeRepresenter.represent_int: an int always resolves as int
            add(yaml.ScalarEvent(None, _INT, (True, False), str(item)))
        else:
            raise _Shared

    try:
        walk(data)
    except _Shared:
        return False
    emit = dumper.emit
    emit(yaml.DocumentStartEvent(explicit=False))
    for event in events:  # libyaml copies what it needs: a shared event may recur
        emit(event)
    emit(yaml.DocumentEndEvent(explicit=False))
    return True


def dump_yaml(data: Any, dumper: type[_Dumper] = _ClaimDumper) -> str:
    """Plain data as YAML text: block style, keys in the given order, unicode as is.

    Never ends with a `...` document-end line, so a claim appended by hand at the end of
    the file is part of the document. (`dumper`: another, for the tests to compare.)"""
    if dumper is not _ClaimDumper:
        body: str = yaml.dump(data, Dumper=dumper, **_OPTIONS)
        return _without_end_marker(body)
    stream = io.StringIO()
    emitter = _ClaimDumper(stream, **_OPTIONS)
    try:
        emitter.open()
        if not _events(emitter, data):  # as yaml.dump does it, through the nodes
            emitter.represent(data)
        emitter.close()
    finally:
        emitter.dispose()
    return _without_end_marker(stream.getvalue())


def _without_end_marker(body: str) -> str:
    """The text without the `...` line that ends a document, and nothing else: a value
    that ends in "..." ("searched the archive...") keeps its dots."""
    return body[:-4] if body.endswith("\n...\n") else body
