"""Rule: a translation keeps the English page's facts. Section by section (sections are found by their
heading ids, which translations keep), every figure written in digits, every citation marker [n] and
every link target of the English text must appear in the translation. This is the mechanical half of
the second-pass review: it catches a dropped sentence, a mistyped year or a lost source. A translation
of an older English version is left alone: the translations rule reports it as outdated."""
from __future__ import annotations

import re

from . import Problem
from .corpus import Corpus, Doc
from .translations import blob_id

GROUPED = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:[,\u00a0\u202f\u2009 ]\d{3})+(?![\d])")  # 12,500 / 12 500
NUMBER = re.compile(r"\d+")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")  # a translation may spell the month out
CITATION = re.compile(r"\[(\d+)\](?!\()")
URL_IN_TEXT = re.compile(r"\]\([^)]*\)|<[^>]+>|https?://\S+")
CODE = re.compile(r"`[^`]*`")


def sections(doc: Doc) -> dict[str, tuple[int, list[str]]]:
    """heading id -> (line of the heading, prose lines until the next heading). '' is the text
    before the first heading."""
    found: dict[str, tuple[int, list[str]]] = {"": (1, [])}
    headings = {line: ident for line, _, ident in doc.headings}
    current = ""
    for number, line in doc.prose_lines():
        if number in headings:
            current = headings[number]
            found.setdefault(current, (number, []))
            continue
        found[current][1].append(line)
    return found


def figures(lines: list[str]) -> set[str]:
    text = CITATION.sub(" ", CODE.sub(" ", "\n".join(lines)))
    text = URL_IN_TEXT.sub(" ", text)
    text = ISO_DATE.sub(lambda m: f"{m.group(1)} {int(m.group(3))}", text)
    text = GROUPED.sub(lambda m: re.sub(r"\D", "", m.group()), text)
    return {str(int(n)) for n in NUMBER.findall(text)}


def citations(lines: list[str]) -> set[str]:
    return set(CITATION.findall(CODE.sub(" ", "\n".join(lines))))


def check(corpus: Corpus):
    for doc in corpus.docs:
        english = corpus.doc("en", doc.rel) if doc.lang != "en" else None
        if english is None or doc.error or english.error:
            continue
        if doc.meta.get("translated_from") != blob_id(english.path.read_bytes()):
            continue
        ours = sections(doc)
        for ident, (line, lines) in sections(english).items():
            if ident not in ours:
                continue  # a missing heading is reported by the anchors rule
            where, their_lines = ours[ident]
            label = f"section '{ident}'" if ident else "the text before the first heading"
            missing = sorted(figures(lines) - figures(their_lines), key=lambda n: (len(n), n))
            if missing:
                yield Problem(doc.name, where, "error",
                              f"figures of {english.name}:{line} missing in {label}: {', '.join(missing)} "
                              "(keep every number written in digits)")
            missing = sorted(citations(lines) - citations(their_lines), key=int)
            if missing:
                yield Problem(doc.name, where, "error",
                              f"citation markers of {english.name}:{line} missing in {label}: "
                              + " ".join(f"[{n}]" for n in missing))
        targets = {target for _, target in doc.links}
        for line, target in english.links:
            if target not in targets:
                yield Problem(doc.name, 1, "error",
                              f"link to {target} ({english.name}:{line}) is missing; keep every link target")
                targets.add(target)  # once per target
