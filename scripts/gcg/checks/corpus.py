"""What the source checks read: every page under docs/ and the data files, parsed once, with the
line of every heading id and link. A check knows nothing of the build; it reads the same sources."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml
from pymdownx.slugs import slugify

from .. import frontmatter, model
from ..yamlfile import DataError

SLUG = slugify(case="lower")
FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
ATTR_ID = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}")
MD_LINK = re.compile(r"(?<!\!)\[(?:[^\]\[]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|!\[[^\]]*\]\(\s*<?([^)\s>]+)")
HTML_URL = re.compile(r"""\b(href|src)\s*=\s*["']([^"']+)["']""", re.I)
HTML_ID = re.compile(r"""\bid\s*=\s*["']([^"']+)["']""", re.I)


@dataclass
class Doc:
    path: Path          # the file
    name: str           # as reported: docs/fr/conventions/basel.md
    lang: str           # fr
    rel: str            # path inside its language folder: conventions/basel.md
    text: str
    meta: dict = field(default_factory=dict)
    error: DataError | None = None

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def prose_lines(self):
        """(line number, line) outside front matter and fenced code blocks."""
        in_front = self.text.startswith("---\n")
        fenced = False
        for number, line in enumerate(self.lines, 1):
            if in_front:
                if number > 1 and line == "---":
                    in_front = False
                continue
            if FENCE.match(line):
                fenced = not fenced
                continue
            if not fenced:
                yield number, line

    @cached_property
    def headings(self) -> list[tuple[int, int, str]]:
        """(line, level, id) of every heading, explicit id or the slug the build would give it."""
        found = []
        for number, line in self.prose_lines():
            match = HEADING.match(line)
            if match:
                text = match.group(2)
                explicit = ATTR_ID.search(text)
                found.append((number, len(match.group(1)), explicit.group(1) if explicit else SLUG(text.strip("# "), "-")))
        return found

    @cached_property
    def ids(self) -> set[str]:
        """Every id a link may point at: headings, attribute lists, raw HTML ids, generated ids."""
        ids = {ident for _, _, ident in self.headings}
        for _, line in self.prose_lines():
            ids.update(ATTR_ID.findall(line))
            ids.update(HTML_ID.findall(line))
        return ids

    @cached_property
    def links(self) -> list[tuple[int, str]]:
        """(line, target) of every Markdown link or image and every raw HTML href/src."""
        found = []
        for number, line in self.prose_lines():
            line = re.sub(r"`[^`]*`", "", line)  # inline code is shown, not followed
            for match in MD_LINK.finditer(line):
                found.append((number, match.group(1) or match.group(2)))
            for match in HTML_URL.finditer(line):
                found.append((number, match.group(2)))
        return found


class Corpus:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.docs_dir = self.root / "docs"
        self.data_dir = self.root / "data"
        self._data: dict = {}
        self._generated: dict = {}

    def name(self, path: Path) -> str:
        return str(path.relative_to(self.root)) if path.is_relative_to(self.root) else str(path)

    @cached_property
    def docs(self) -> list[Doc]:
        pages = []
        for path in sorted(self.docs_dir.rglob("*.md")):
            lang, _, rel = path.relative_to(self.docs_dir).as_posix().partition("/")
            doc = Doc(path, self.name(path), lang, rel, path.read_text(encoding="utf-8"))
            try:
                doc.meta = frontmatter.split(doc.text, doc.name).meta
            except DataError as exc:
                doc.error = exc
            pages.append(doc)
        return pages

    def doc(self, lang: str, rel: str) -> Doc | None:
        return self._by_key.get((lang, rel))

    @cached_property
    def _by_key(self) -> dict:
        return {(d.lang, d.rel): d for d in self.docs}

    @cached_property
    def languages(self) -> list[str]:
        return sorted({d.lang for d in self.docs}, key=lambda code: (code != "en", code))

    def data(self, name: str):
        if name not in self._data:
            self._data[name] = self._read_data(name)
        return self._data[name]

    def _read_data(self, name: str):
        path = self.data_dir / name
        if not path.exists():
            return None
        try:
            return yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError:
            return None  # reported by the data rule

    def generated_ids(self, doc: Doc) -> set[str] | None:
        """Ids the build adds to a page from data or front matter (glossary terms, HS rows...);
        None when the data file they come from cannot be read (that is reported once, by the data rule)."""
        if doc.name not in self._generated:
            self._generated[doc.name] = self._generate_ids(doc)
        return self._generated[doc.name]

    def _generate_ids(self, doc: Doc) -> set[str]:
        kind = doc.meta.get("generate")
        source = {"glossary": "glossary.yml", "workshops": "workshops.yml", "curriculum": "curriculum.yml"}.get(kind)
        if source and (self.data_dir / source).exists() and self.data(source) is None:
            return None
        ids: set[str] = set()
        if kind == "glossary":
            ids |= {e.get("id") for e in self.data("glossary.yml") or [] if isinstance(e, dict)}
        elif kind == "hs-index":
            for chapter in model.CONVENTION_IDS:
                english = self.doc("en", f"conventions/{chapter}.md")
                if english is not None:
                    ids |= {f"hs-{str(c.get('code')).replace('.', '')}" for c in english.meta.get("hs_codes") or [] if isinstance(c, dict)}
        elif kind == "workshops":
            events = self.data("workshops.yml") or []
            ids |= {e.get("id") for e in events if isinstance(e, dict)} | {"upcoming", "past"}
            ids |= {f"year-{str(e.get('start'))[:4]}" for e in events if isinstance(e, dict)}
        elif kind == "curriculum":
            data = self.data("curriculum.yml") or {}
            ids |= {f"module-{m.get('id')}" for m in data.get("modules") or [] if isinstance(m, dict)}
            ids |= {f"day-{d.get('day')}" for d in data.get("agenda") or [] if isinstance(d, dict)}
        if doc.meta.get("kind") == "convention":
            english = self.doc("en", doc.rel) or doc
            ids |= {f"hs-{str(c.get('code')).replace('.', '')}" for c in english.meta.get("hs_codes") or [] if isinstance(c, dict)}
        return ids
