"""The desk's configuration: who publishes, where, who reviews, and the desk's defaults.

A desk sets these once, in `claimcheck.toml` (or `[tool.claimcheck]` in a
`pyproject.toml`), found by walking up from the claim file's folder: the nearest one
wins; the walk stops at a repository root (a folder holding `.git`) or the filesystem
root. A file is read only if it is a regular file of at most `MAX_BYTES`, and a symlink
only if it points inside the folder it was found in (a planted link cannot make a claim
file read a configuration from elsewhere). Unknown keys and bad values are errors, one
line each, naming the file and the key.

Imported only by the commands that publish or show the configuration.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from claimcheck.deskfile import MAX_BYTES as MAX_BYTES
from claimcheck.deskfile import NAMES as NAMES
from claimcheck.deskfile import InvalidConfig as InvalidConfig
from claimcheck.deskfile import _read, find
from claimcheck.deskfile import shown as shown
from claimcheck.urls import check_base_url, check_published_url

# Keys the review uses for moving about; a label's key must not take one of them.
NAVIGATION_KEYS = frozenset("nprzeqh?")


class _Section(BaseModel):
    # Validators built on first use: a folder without a configuration file (most) gets the
    # defaults by construction (`default_desk`), and building them was 5 ms of a report.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def _url(value: str | None) -> str | None:
    return None if value is None else check_published_url(value)


def _base_url(value: str | None) -> str | None:
    return None if value is None else check_base_url(value)


class Organisation(_Section):
    """The desk that publishes: the ClaimReview author."""

    name: str | None = None
    url: str | None = None
    logo: str | None = None

    _check_url = field_validator("url", "logo")(_url)


class Publish(_Section):
    base_url: str | None = Field(
        default=None,
        description="Where reviews are published: each article's page is base_url/ARTICLE-ID.",
    )
    reviewer_as_author: bool = Field(
        default=False,
        description="Name the reviewer (by their roster name) as a Person beside the desk.",
    )

    _check_url = field_validator("base_url")(_base_url)


Role = Literal["reviewer", "adjudicator"]


def _reviewer() -> list[Role]:
    return ["reviewer"]


class Person(_Section):
    name: str | None = Field(default=None, description="The name readers may see.")
    roles: list[Role] = Field(default_factory=_reviewer)


class ReportDefaults(_Section):
    format: str | None = None
    public: bool = False

    @field_validator("format")
    @classmethod
    def _known(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from claimcheck.formats.registry import formats

        known = formats()
        if value not in known:
            raise ValueError(f"unknown format {value!r}; choose one of {', '.join(known)}")
        return value


def _typeable(value: str) -> str:
    if not value.isprintable() or value.isspace():
        raise ValueError(f"{value!r} is not a key one can type; give a visible character")
    import unicodedata

    if unicodedata.category(value).startswith("M"):  # printable, yet drawn on another
        raise ValueError(
            f"U+{ord(value):04X} is a combining mark, invisible on its own; give a visible "
            "character"
        )
    if value.isdigit():  # 1, 2 ... 9 accept reviewer n's decision when adjudicating
        raise ValueError(
            f"{value!r} is a digit, kept for accepting a reviewer's decision when "
            "adjudicating; choose another"
        )
    return value


# One visible character: a control character (Esc, NUL) or a line separator is no key.
Key = Annotated[str, Field(min_length=1, max_length=1), AfterValidator(_typeable)]


class Keys(_Section):
    sourced: Key = "s"
    unverified: Key = "u"
    opinion: Key = "o"

    @field_validator("sourced", "unverified", "opinion")
    @classmethod
    def _free(cls, value: str) -> str:
        if value in NAVIGATION_KEYS:
            raise ValueError(f"{value!r} is a review key for moving about; choose another")
        return value

    def check_unique(self) -> str | None:
        """The first key given to two labels, as an error message (None: all unique)."""
        seen: dict[str, str] = {}
        for label, key in self.model_dump().items():
            if key in seen:
                return f"{key!r} is the key of both {seen[key]} and {label}"
            seen[key] = label
        return None


class Review(_Section):
    keys: dict[str, Key] = Field(
        default_factory=dict,
        description="The full-screen review's keys: action name -> one character.",
    )

    @field_validator("keys")
    @classmethod
    def _known(cls, value: dict[str, str]) -> dict[str, str]:
        from claimcheck.tui.actions import NAMES as ACTIONS

        for name in value:
            if name not in ACTIONS:
                raise ValueError(
                    f"unknown action {name!r}; choose among {', '.join(sorted(ACTIONS))}"
                )
        return value


class Desk(_Section):
    org: Organisation = Field(default_factory=Organisation)
    publish: Publish = Field(default_factory=Publish)
    people: dict[str, Person] = Field(
        default_factory=dict, description="The roster: login name -> how the desk names them."
    )
    report: ReportDefaults = Field(default_factory=ReportDefaults)
    keys: Keys = Field(default_factory=Keys)
    review: Review = Field(default_factory=Review)

    def public_name(self, login: str | None) -> str | None:
        """The name readers may see for a reviewer: their roster name, never a login."""
        person = self.people.get(login or "")
        return person.name if person else None

    def adjudicators(self) -> list[str]:
        return [login for login, p in self.people.items() if "adjudicator" in p.roles]

    def may_adjudicate(self, login: str) -> bool:
        """Whether `login` may rule on disputes: anyone on a desk whose roster names no
        adjudicator (a roster may only give public names), else only those it names."""
        named = self.adjudicators()
        return not named or login in named


def default_desk() -> Desk:
    """`Desk()`, by construction: the defaults need no validating."""
    return Desk.model_construct(
        set(),
        org=Organisation.model_construct(),
        publish=Publish.model_construct(),
        report=ReportDefaults.model_construct(),
        keys=Keys.model_construct(),
        review=Review.model_construct(),
    )


@dataclass
class Settings:
    """The effective configuration and where it came from (None: no file, defaults)."""

    desk: Desk = field(default_factory=default_desk)
    path: Path | None = None
    overrides: dict[str, str] = field(default_factory=dict)  # key -> the option that set it

    def origin(self, key: str) -> str:
        """Where one dotted key's value came from: an option, the file, or the default."""
        if key in self.overrides:
            return self.overrides[key]
        if self.path is not None and _given(self._raw, key):
            return shown(self.path)
        return "default"

    _raw: dict[str, Any] = field(default_factory=dict, repr=False)

    def adjudicator_refused(self, login: str) -> str | None:
        """Why `login` may not settle disputes on this desk, as an error line (None: may)."""
        if self.path is None or self.desk.may_adjudicate(login):
            return None
        return (
            f"{shown(self.path)}: {login} is not an adjudicator on this desk's roster "
            f"(adjudicators: {', '.join(self.desk.adjudicators())})"
        )

    def items(self) -> list[tuple[str, Any, str]]:
        """Every setting as (dotted key, value, where it came from)."""
        out: list[tuple[str, Any, str]] = []
        for key, value in _flatten(self.desk.model_dump(mode="json")):
            out.append((key, value, self.origin(key)))
        return out


def _flatten(value: Any, prefix: str = "") -> list[tuple[str, Any]]:
    if isinstance(value, dict) and (not prefix or value):
        out: list[tuple[str, Any]] = []
        for k, v in value.items():
            out.extend(_flatten(v, f"{prefix}.{k}" if prefix else k))
        return out
    return [(prefix, value)]


def _given(raw: dict[str, Any], key: str) -> bool:
    node: Any = raw
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def load(start: Path) -> Settings:
    """The desk settings for a claim file (or folder): from the nearest configuration file,
    or the defaults when there is none."""
    found = find(start)
    if found is None:
        return Settings()
    path, table = found
    return parse(_read(path, path.parent), path, table)


def parse(data: bytes, path: Path, table: str = "") -> Settings:
    import tomllib

    where = shown(path)
    text = ""
    try:
        # a byte order mark, as an editor on Windows writes, is accepted as in claim files
        text = data.decode("utf-8").removeprefix("\ufeff")
        raw: Any = tomllib.loads(text)
    except UnicodeDecodeError:
        raise InvalidConfig(f"{where}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidConfig(f"{where}: not valid TOML: {exc}") from None
    except ValueError as exc:  # tomllib lets Python's refusal of a 4,300-digit integer out
        raise InvalidConfig(f"{where}: not valid TOML: {_long_number(text, exc)}") from None
    except RecursionError:  # tomllib recurses into nested arrays and tables
        raise InvalidConfig(f"{where}: not valid TOML: nested too deeply") from None
    for part in table.split(".") if table else ():
        raw = raw.get(part, {})
        if not isinstance(raw, dict):
            raise InvalidConfig(f"{where}: [{table}] must be a table")
    try:
        desk = Desk.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        raise InvalidConfig(f"{where}: {_location(table, err['loc'])}: {_reason(err)}") from None
    clash = desk.keys.check_unique()
    if clash:
        keys = ".".join([*table.split("."), "keys"]) if table else "keys"
        raise InvalidConfig(f"{where}: [{keys}]: {clash}")
    if desk.review.keys or desk.keys != Keys():
        from claimcheck.tui import actions

        clash = actions.clash(actions.table(desk.keys.model_dump(), desk.review.keys))
        if clash:
            keys = ".".join([*table.split("."), "review.keys"]) if table else "review.keys"
            raise InvalidConfig(f"{where}: [{keys}]: {clash}")
    return Settings(desk=desk, path=path, _raw=raw)


def _long_number(text: str, exc: ValueError) -> str:
    """Python's refusal of an integer of over 4,300 digits, with the line, as tomllib says
    its own errors (Python's words give no place and a hint for programmers)."""
    import re

    found = re.search(r"[0-9][0-9_]{4300,}", text)
    if found is None:
        return str(exc)
    digits = sum(ch.isdigit() for ch in found.group())
    line = text.count("\n", 0, found.start()) + 1
    return f"a number of {digits} digits is too large (at line {line})"


def _location(table: str, loc: tuple[str | int, ...]) -> str:
    """`[org] name` for a key in a table, `name` for a top-level key."""
    parts = [str(p) for p in loc]
    if table:
        parts = [*table.split("."), *parts]
    if len(parts) == 1:
        return parts[0]
    return f"[{'.'.join(parts[:-1])}] {parts[-1]}"


def _reason(err: Any) -> str:
    if err["type"] == "extra_forbidden":
        return "unknown key"
    return str(err["msg"]).removeprefix("Value error, ")
