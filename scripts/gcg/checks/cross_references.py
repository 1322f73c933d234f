"""Rule: chapters' `related` lists name each other both ways, and the HS-code index exists to gather
the chapters' HS codes (their form is checked with the front matter)."""
from __future__ import annotations

from .. import model
from . import Problem
from .corpus import Corpus


def _line(doc, field):
    return next((n for n, line in enumerate(doc.lines, 1) if line.startswith(f"{field}:")), 1)


def check(corpus: Corpus):
    chapters = {doc.rel[len("conventions/"):-3]: doc for doc in corpus.docs
                if doc.lang == "en" and doc.meta.get("kind") == "convention"}
    for chapter_id, doc in chapters.items():
        for other in doc.meta.get("related") or []:
            if other not in chapters:
                if other in model.CONVENTION_IDS:
                    yield Problem(doc.name, _line(doc, "related"), "error", f"related names '{other}', which has no chapter yet")
                continue  # an unknown id is reported by the front-matter rule
            if chapter_id not in (chapters[other].meta.get("related") or []):
                yield Problem(doc.name, _line(doc, "related"), "error",
                              f"related names '{other}', but {chapters[other].name} does not name '{chapter_id}'")
    if chapters and not any(d.lang == "en" and d.meta.get("generate") == "hs-index" for d in corpus.docs):
        yield Problem(corpus.name(corpus.docs_dir / "en"), 1, "error",
                      "no HS-code index page (front matter 'generate: hs-index') to gather the chapters' HS codes")
