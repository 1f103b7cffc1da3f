"""The report as JSON, written an article at a time so that an archive need not fit in
memory. The shape is `report.Report` (its schema: `claimcheck schema report`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from claimcheck.formats.registry import Format, Options
from claimcheck.reportdata import REPORT_VERSION, Rendered, Totals, generator
from claimcheck.safe import json_text

if TYPE_CHECKING:  # the records only for a report that is not the cache's JSON
    from claimcheck.report import ArticleReport


def chunks(articles: Iterable[ArticleReport | Rendered]) -> Iterator[str]:
    from pydantic_core import to_json

    totals = Totals()
    yield (
        f'{{\n  "report_version": {REPORT_VERSION},\n'
        f'  "generator": {json.dumps(generator())},\n  "articles": ['
    )
    for i, article in enumerate(articles):
        totals.add(article)
        text = (
            article.json_for(article.file)
            if isinstance(article, Rendered)
            else article.model_dump_json(indent=2)
        )
        dumped = json_text(text.replace("\n", "\n    "))
        yield ("," if i else "") + "\n    " + dumped
    tally = to_json(totals.tally_data(), indent=2).decode().replace("\n", "\n  ")
    problems = json_text(json.dumps(totals.problems, ensure_ascii=False))
    yield f'\n  ],\n  "totals": {tally},\n  "problems": {problems}\n}}\n'


def write(items: Iterable[ArticleReport | Rendered], options: Options) -> Iterator[str]:
    yield from chunks(items)


FORMAT = Format("json", 4, "every field, versioned", (".json",), write, takes_json=True)
