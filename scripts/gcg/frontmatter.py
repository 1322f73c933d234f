"""Read a Markdown page's YAML front matter, with the line where the body starts."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import paths, yamlfile


@dataclass
class Page:
    path: Path
    meta: dict
    body: str
    body_line: int  # line number (1-based) of the body's first line


def split(text: str, name: str) -> Page:
    if not text.startswith("---\n"):
        return Page(Path(name), {}, text, 1)
    end = text.find("\n---\n", 3)
    if end < 0:
        raise yamlfile.DataError(f"{name}:1: error: front matter starts with '---' but never ends")
    meta = yamlfile.parse(text[4:end], name, first_line=2) or {}
    if not isinstance(meta, dict):
        raise yamlfile.DataError(f"{name}:2: error: front matter must be a mapping of fields")
    body_line = text[: end + 5].count("\n") + 1
    return Page(Path(name), meta, text[end + 5 :], body_line)


@lru_cache(maxsize=None)
def read(path: Path) -> Page:
    return split(Path(path).read_text(encoding="utf-8"), str(path))


def english(src_uri: str) -> Page | None:
    """The English page at the same path as `src_uri` ('fr/conventions/basel.md' or 'conventions/basel.md')."""
    from . import languages

    head, _, rest = src_uri.partition("/")
    relative = rest if head in languages.codes() else src_uri
    path = paths.DOCS / languages.default().code / relative
    return read(path) if path.exists() else None
