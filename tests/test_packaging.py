"""The package says what it is: its licence file matches its metadata."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT


def test_the_license_file_is_the_mit_licence_the_metadata_declares() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    licence = (ROOT / "LICENSE").read_text()
    assert licence.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in licence
    classifiers = project["classifiers"]
    assert "Environment :: Console" in classifiers
    assert not any(c.startswith("License ::") for c in classifiers)  # PEP 639: the SPDX field
    assert f"Programming Language :: Python :: {project['requires-python'][2:]}" in classifiers
