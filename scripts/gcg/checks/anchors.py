"""Rule: every heading id of an English page exists in each of its translations, so that a deep link
(conventions/basel.md#hs-codes) works in every language."""
from __future__ import annotations

from . import Problem
from .corpus import Corpus


def check(corpus: Corpus):
    for doc in corpus.docs:
        english = corpus.doc("en", doc.rel) if doc.lang != "en" else None
        if english is None:
            continue
        own = doc.ids
        for line, _, ident in english.headings:
            if ident not in own:
                yield Problem(doc.name, 1, "error",
                              f"heading id '{ident}' of {english.name}:{line} is missing; keep it as {{ #{ident} }}")
