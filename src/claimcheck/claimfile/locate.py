"""Where a problem is in a claim file: pydantic's error locations mapped to YAML lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from claimcheck.claimfile.yaml_dialect import compose
from claimcheck.claimlogic import digits, unwritable
from claimcheck.errors import Problem
from claimcheck.models import Loc, shorten
from claimcheck.safe import shown_name


def _node_at(root: yaml.Node | None, loc: Loc) -> yaml.Node | None:
    """The deepest YAML node along `loc` (keys and list indexes)."""
    node = root
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if k.value == part), None)
            if found is None:
                return node
            node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(node.value):
                return node
            node = node.value[part]
        else:
            return node
    return node


def field_of(root: yaml.Node | None, target: yaml.Node) -> str | None:
    """Where the node `target` is, as validation names fields (`claims[1].passage.start`):
    looked for once a value is refused, so loading keeps no path per node."""
    stack: list[tuple[yaml.Node, Loc]] = [] if root is None else [(root, ())]
    while stack:
        node, loc = stack.pop()
        if node is target:
            return format_loc(loc) or None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key is target:  # a key is said where its mapping is
                    return format_loc(loc) or None
                stack.append((value, (*loc, str(key.value))))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, (*loc, i)) for i, item in enumerate(node.value))
    return None


def format_loc(loc: Loc) -> str:
    """A place in the file as a message names it; a key of the file's own (an unknown
    field can be a megabyte long) shortened, so that the message stays one line."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            # escaped as file names are (safe.shown_name): an ESC in a key is shown, not
            # dropped by the printing, which would make `bo<ESC>[31mgus` read "bo[31mgus"
            name = shown_name(shorten(str(part)))
            out += f".{name}" if out else name
    return out


def _clean_loc(data: Any, loc: Loc, missing: bool) -> Loc:
    """Keep the parts of a pydantic error location that exist in the data.

    pydantic adds union branch names ("str", "list[Source]") to locations; those are not
    places a user can find in the file.
    """
    kept: list[str | int] = []
    cur = data
    for part in loc:
        in_dict = isinstance(cur, dict) and part in cur
        in_list = isinstance(cur, list) and isinstance(part, int) and 0 <= part < len(cur)
        if in_dict or in_list:
            cur = cur[part]
        else:
            if missing and isinstance(part, str):
                kept.append(part)
            break
        kept.append(part)
    return tuple(kept)


_MESSAGES = {
    "missing": "required field is missing",
    "extra_forbidden": "unknown field (check the spelling)",
}


def _shown(value: Any) -> str:
    """A value from the file as a message shows it; a number too long to write (Python
    refuses an int of 4,300+ digits, which a hexadecimal one can be) by its size."""
    if isinstance(value, int) and unwritable(value):
        return f"a number of {digits(value)} digits"
    try:
        return shorten(repr(value))
    except ValueError:  # such a number inside a list or mapping
        return "a value holding a number too large to write"


def problems_from_validation(
    exc: ValidationError, data: Any, text: str, path: Path
) -> list[Problem]:
    root = compose(text)
    problems: list[Problem] = []
    seen: set[str] = set()
    for err in exc.errors(include_url=False):
        loc = _clean_loc(data, tuple(err["loc"]), err["type"] == "missing")
        where = format_loc(loc)
        if where in seen:  # one line per place: union branches repeat the same complaint
            continue
        seen.add(where)
        message = _MESSAGES.get(err["type"], str(err["msg"]).removeprefix("Value error, "))
        node = _node_at(root, loc[:-1] if err["type"] == "missing" else loc)
        if err["type"] == "string_type" and (word := _not_text(node, err["input"])):
            message = word
        elif err["type"].endswith(("_type", "_parsing")) and loc:
            message += f" (got {_shown(err['input'])})"
        if err["type"] in ("int_type", "float_type") and _yaml_1_1_number(err["input"]):
            message += ": numbers are written in decimal digits only"  # yaml_dialect
        if err["type"] == "missing" and loc[-2:-1] == ("passage",) and loc[-1] != "quote":
            message += " ('claimcheck validate --fix' fills it in from the quote)"
        line = node.start_mark.line + 1 if node is not None else None
        problems.append(Problem(path, line, where or None, message))
    return problems


_READ_AS = {True: "true", False: "false", None: "no value"}


def _not_text(node: yaml.Node | None, value: object) -> str | None:
    """Why text typed unquoted was not read as text: YAML reads `No`, `yes`, `on`, `off`,
    `null` and `~` as a yes/no or as nothing (`text: No` is false), and an empty value
    as nothing. Said with the cure (quotes); None for any other value."""
    if not isinstance(node, yaml.ScalarNode) or node.style not in (None, ""):  # plain
        return None
    if not isinstance(value, bool | None):  # 1 == True: a number is said as before
        return None
    word = node.value
    if not word:
        return "has no value: text is needed"
    read = _READ_AS[value]
    return f'must be text, but YAML reads {word} unquoted as {read}: put it in quotes ("{word}")'


def _yaml_1_1_number(value: object) -> bool:
    """Text YAML 1.1 would have read as a number (`190:20:30`, `0x1F`, `.inf`)."""
    if not isinstance(value, str):
        return False
    return any(c.isdigit() for c in value) or value.lstrip("+-").lower() in (".inf", ".nan")


def problem_at(text: str, path: Path, loc: Loc, message: str) -> Problem:
    return problems_at(text, path, [(loc, message)])[0]


def problems_at(text: str, path: Path, found: list[tuple[Loc, str]]) -> list[Problem]:
    """Each (location, message) with its line: the document is composed once for all of
    them (once per problem took 26 minutes for 4,000 problems)."""
    root = compose(text)
    problems = []
    for loc, message in found:
        node = _node_at(root, loc)
        line = node.start_mark.line + 1 if node is not None else None
        problems.append(Problem(path, line, format_loc(loc), message))
    return problems
