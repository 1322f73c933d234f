"""Where each language stands: for every English page, whether its translation is up to date
(translated_from is the current version of the English file), outdated, or missing."""
from __future__ import annotations

from dataclasses import dataclass

from . import frontmatter, languages, paths
from .checks.translations import blob_id

STATES = ("translated", "outdated", "missing")


@dataclass(frozen=True)
class PageStatus:
    path: str        # conventions/basel.md
    state: str       # translated, outdated or missing
    recorded: str    # translated_from of the translation ('' when missing)
    current: str     # blob id of the English file now


def english_pages() -> list[str]:
    root = paths.DOCS / languages.default().code
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.md"))


def of_page(lang: str, path: str) -> PageStatus:
    current = blob_id((paths.DOCS / languages.default().code / path).read_bytes())
    translation = paths.DOCS / lang / path
    if not translation.exists():
        return PageStatus(path, "missing", "", current)
    recorded = str(frontmatter.read(translation).meta.get("translated_from") or "")
    return PageStatus(path, "translated" if recorded == current else "outdated", recorded, current)


def of_language(lang: str) -> list[PageStatus]:
    return [of_page(lang, path) for path in english_pages()]
