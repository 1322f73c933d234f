"""`make new-chapter` and `make new-translation`: start a page the way the checks expect it.

new-chapter writes docs/en/<conventions|partners>/<id>.md from the template of its kind (front
matter and the required headings) and adds it to the navigation in mkdocs.yml, which is also what
makes its id known to the checks. new-translation copies an English page into docs/<lang>/ and
records the version of the English page it translates (translated_from), so staleness shows."""
from __future__ import annotations

import re
import sys
from pathlib import Path
from string import Template

from . import dates, languages, paths
from .checks.translations import blob_id

TEMPLATES = Path(__file__).with_name("templates")
FOLDERS = {"convention": "conventions", "partner": "partners"}
NAV_SECTION = {"convention": "Conventions", "partner": "Partners"}
ID = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


class ScaffoldError(Exception):
    pass


def new_chapter(kind: str, page_id: str, title: str) -> Path:
    if kind not in FOLDERS:
        raise ScaffoldError(f"KIND must be one of {', '.join(FOLDERS)}, not {kind!r}")
    if not ID.match(page_id):
        raise ScaffoldError(f"ID {page_id!r} must be lowercase letters, digits and hyphens, like 'ramsar'")
    if not title.strip():
        raise ScaffoldError("TITLE is empty: give the short name, like TITLE='Ramsar Convention'")
    relative = f"{FOLDERS[kind]}/{page_id}.md"
    target = paths.DOCS / languages.default().code / relative
    if target.exists():
        raise ScaffoldError(f"{target.relative_to(paths.ROOT)} exists already")
    text = Template((TEMPLATES / f"{kind}.md").read_text(encoding="utf-8")).substitute(
        title=title.strip(), id=page_id, today=dates.today().isoformat())
    _add_to_navigation(NAV_SECTION[kind], relative)
    target.write_text(text, encoding="utf-8")
    return target


def _add_to_navigation(section: str, relative: str) -> None:
    """Insert `relative` as the last page of `section` in mkdocs.yml's nav, keeping the file's layout."""
    lines = paths.MKDOCS_YML.read_text(encoding="utf-8").split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip() == f"- {section}:"), None)
    if start is None:
        raise ScaffoldError(f"mkdocs.yml has no '{section}' section in its nav")
    end = start + 1
    while end < len(lines) and lines[end].startswith("      - "):
        end += 1
    lines.insert(end, f"      - {relative}")
    paths.MKDOCS_YML.write_text("\n".join(lines), encoding="utf-8")


def new_translation(lang: str, page: str) -> Path:
    if lang not in languages.codes() or lang == languages.default().code:
        others = [c for c in languages.codes() if c != languages.default().code]
        raise ScaffoldError(f"TO must be one of {', '.join(others)}, not {lang!r}")
    english = paths.DOCS / languages.default().code / page
    if not english.exists():
        raise ScaffoldError(f"no English page docs/en/{page} (give PAGE as a path under docs/en, like conventions/basel.md)")
    target = paths.DOCS / lang / page
    if target.exists():
        raise ScaffoldError(f"{target.relative_to(paths.ROOT)} exists already")
    text = english.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise ScaffoldError(f"docs/en/{page} has no front matter")
    end = text.index("\n---\n", 3)
    stamped = text[:end] + f"\ntranslated_from: {blob_id(english.read_bytes())}" + text[end:]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(stamped, encoding="utf-8")
    return target


def main(argv: list[str]) -> int:
    command, *rest = argv
    try:
        if command == "new-chapter":
            kind, page_id, title = rest
            made = new_chapter(kind, page_id, title)
            print(f"new-chapter: wrote {made.relative_to(paths.ROOT)} and added it to the navigation in mkdocs.yml.")
            print("Replace every example value in its front matter with a sourced fact, then write each section.")
        else:
            lang, page = rest
            made = new_translation(lang, page)
            print(f"new-translation: wrote {made.relative_to(paths.ROOT)}, a copy of the English page that records "
                  "the version it translates. Translate the text; keep every heading id { #...} and link as they are.")
    except ScaffoldError as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        return 2
    return 0
