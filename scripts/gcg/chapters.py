"""A convention chapter's facts: figures from the English front matter (typed once), words from the
page's own front matter where a translation gives them."""
from __future__ import annotations

import re

from . import frontmatter, paths

# Fields a translation may put in its own words; everything else comes from the English page.
TRANSLATABLE = {"title", "description", "short_name", "full_name", "secretariat"}

HEADING_ID = re.compile(r"^#{2,6} .*\{[^}]*#([\w-]+)[^}]*\}\s*$")


def facts(page) -> dict:
    """Front matter of a built page, with structured values taken from the English source."""
    return merged_facts(page.file.src_uri, dict(page.meta))


def facts_in(chapter_id: str, lang: str) -> dict:
    """A convention chapter's facts in `lang` (English words where it is not translated)."""
    path = paths.DOCS / lang / "conventions" / f"{chapter_id}.md"
    own = frontmatter.read(path).meta if path.exists() else {}
    return merged_facts(f"{lang}/conventions/{chapter_id}.md", dict(own))


def merged_facts(src_uri: str, own: dict) -> dict:
    english = frontmatter.english(src_uri)
    if english is None:
        return own
    merged = dict(english.meta)
    for key in TRANSLATABLE:
        if key in own:
            merged[key] = own[key]
    if isinstance(own.get("adopted"), dict) and "place" in own["adopted"]:
        merged["adopted"] = {**merged.get("adopted", {}), "place": own["adopted"]["place"]}
    own_codes = {str(c.get("code")): c for c in own.get("hs_codes") or [] if isinstance(c, dict)}
    merged["hs_codes"] = [
        {**code, **{k: v for k, v in own_codes.get(str(code.get("code")), {}).items() if k in ("description", "note")}}
        for code in merged.get("hs_codes") or []
    ]
    return merged


def insert_after_heading(markdown: str, heading_id: str, block: str) -> str:
    """Insert `block` right after the heading whose explicit id is `heading_id` (unchanged if absent)."""
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        match = HEADING_ID.match(line)
        if match and match.group(1) == heading_id:
            lines[index + 1 : index + 1] = ["", block, ""]
            return "\n".join(lines)
    return markdown


def short_name(path: str, lang: str) -> str:
    """The short name (or title) of the page at `path` ('conventions/basel') in `lang`, English if not
    translated."""
    for source in (paths.DOCS / lang / f"{path}.md", paths.DOCS / "en" / f"{path}.md"):
        if source.exists():
            meta = frontmatter.read(source).meta
            return meta.get("short_name") or meta.get("title") or path
    return path
