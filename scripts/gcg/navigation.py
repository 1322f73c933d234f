"""The guide's reading order, from the `nav` of mkdocs.yml: parts and the pages in each. The site's
chapter numbers and the PDF handbook both follow it."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import paths, yamlfile


@dataclass(frozen=True)
class Entry:
    part: str | None   # the English title of the part ('Conventions'), None for the home page
    path: str          # docs path inside a language folder: 'conventions/basel.md'
    number: int | None # chapter number, None for the home page


@lru_cache(maxsize=None)
def reading_order() -> tuple[Entry, ...]:
    entries, number = [], 0
    for item in yamlfile.load(paths.MKDOCS_YML)["nav"]:
        (title, value), = item.items() if isinstance(item, dict) else ((None, item),)
        if isinstance(value, str):
            entries.append(Entry(None, value, None))
            continue
        for page in value:
            path = page if isinstance(page, str) else next(iter(page.values()))
            number += 1
            entries.append(Entry(title, path, number))
    return tuple(entries)


def chapter_number(path: str) -> int | None:
    return next((e.number for e in reading_order() if e.path == path), None)
