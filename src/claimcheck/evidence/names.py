"""The names of the evidence folder and its snapshot files, without `archive` (whose
imports, the records and hashlib, a report that only guards its -o does not need)."""

from __future__ import annotations

import re

FOLDER = "evidence"
SNAPSHOT_FILE = re.compile(r"[0-9a-f]{64}\.(?:warc\.gz|txt)")
