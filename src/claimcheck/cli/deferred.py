"""`importlib.metadata`, imported when something first uses it rather than at start-up.

pydantic's plugin loader runs `from importlib.metadata import entry_points` when its
first model is built, and calls `entry_points` only when plugins are enabled; the console
script disables them (`PYDANTIC_DISABLE_PLUGINS`), so importing the module (and `email`,
`zipfile`, `csv` with it) was a tenth of a read command's start-up for nothing.
`importlib.util.LazyLoader` cannot defer it: a from-import reads the attribute, which
loads the module. So until the first use, `sys.modules` holds a stand-in whose
`entry_points` loads the real module when called, and whose every other attribute loads
it at once and is the real one's; once loaded, the real module takes its place.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from typing import Any

_NAME = "importlib.metadata"


class _StandIn(types.ModuleType):
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):  # the import system's questions
            raise AttributeError(name)
        return getattr(_real(), name)


def _real() -> types.ModuleType:
    if isinstance(sys.modules.get(_NAME), _StandIn):
        del sys.modules[_NAME]
    real = importlib.import_module(_NAME)
    importlib.metadata = real
    return real


def entry_points(**params: Any) -> Any:
    return _real().entry_points(**params)


def defer_metadata() -> None:
    """Put the stand-in in place, unless the module is imported already."""
    if _NAME in sys.modules:
        return
    stand_in = _StandIn(_NAME, "importlib.metadata, imported on first use")
    stand_in.entry_points = entry_points  # type: ignore[attr-defined]
    # a package, as the real one is: a from-import asks for __path__ before the name
    stand_in.__path__ = [os.path.join(os.path.dirname(importlib.__file__), "metadata")]
    sys.modules[_NAME] = stand_in
    importlib.metadata = stand_in
