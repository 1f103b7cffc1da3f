"""The desk's configuration as claimcheck sees it: `claimcheck config`."""

from __future__ import annotations

from claimcheck.cli.app import DEFAULT_FILE, FileOption, JsonOption, command


@command("config")
def config(file: FileOption = DEFAULT_FILE, as_json: JsonOption = False) -> None:
    """Show the effective desk settings and where each came from.

    The settings are read from the claimcheck.toml (or [tool.claimcheck] in a
    pyproject.toml) nearest the claim file, up to the repository root.

    Example: claimcheck config -f data/claims.yaml
    """
    import json

    from claimcheck.config import load, shown
    from claimcheck.safe import clean, dumps, json_text

    settings = load(file)
    rows = settings.items()
    if as_json:
        found = shown(settings.path) if settings.path else None
        print(
            dumps(
                {
                    "file": found,
                    "settings": settings.desk.model_dump(mode="json"),
                    "from": {key: origin for key, _, origin in rows},
                }
            )
        )
        return
    print(f"# from {shown(settings.path)}" if settings.path else "# no claimcheck.toml: defaults")
    for key, value, origin in rows:
        # each part apart: a C1 CSI cleaned out of a whole line takes what follows with it
        shown_value = json_text(json.dumps(value, ensure_ascii=False))
        print(f"{clean(key)} = {shown_value}  # {clean(origin)}")
