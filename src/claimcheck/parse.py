"""Values typed on the command line: one parser per kind, one message per mistake.

A value that is not what it should be is a user error (exit 1), in every command.
"""

from __future__ import annotations

from datetime import date

from claimcheck.errors import InvalidValue
from claimcheck.urls import check_http_url, check_published_url


def parse_date(value: str, option: str) -> date:
    """A calendar date, YYYY-MM-DD."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidValue(f"{option}: not a date (YYYY-MM-DD): {value!r}") from None


def parse_url(value: str, option: str, published: bool = False) -> str:
    """An absolute http(s) URL; with no user name or password when it is `published`."""
    try:
        return check_published_url(value) if published else check_http_url(value)
    except ValueError as exc:
        raise InvalidValue(f"{option}: {exc}") from None
