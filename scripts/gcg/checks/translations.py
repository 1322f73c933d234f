"""Rule: translations record the English version they translate (`translated_from`, the git blob id of
the English file), so that a stale one is reported when English changes; and keep English's H2
structure. Missing translations are counted (a summary), not reported as problems."""
from __future__ import annotations

import hashlib

from . import Problem
from .corpus import Corpus


def blob_id(data: bytes) -> str:
    """The id git gives a file's content (`git hash-object FILE`), computed without git."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def _line(doc, field):
    return next((n for n, line in enumerate(doc.lines, 1) if line.startswith(f"{field}:")), 1)


def check(corpus: Corpus):
    for doc in corpus.docs:
        english = corpus.doc("en", doc.rel) if doc.lang != "en" else None
        if english is None:
            continue
        recorded = doc.meta.get("translated_from")
        current = blob_id(english.path.read_bytes())
        if not recorded:
            yield Problem(doc.name, 1, "error",
                          f"no 'translated_from' in the front matter: add translated_from: {current} "
                          f"(the version of {english.name} this translates)")
        elif recorded != current:
            yield Problem(doc.name, _line(doc, "translated_from"), "warning",
                          f"outdated: {english.name} changed since this translation "
                          f"(see: git diff {recorded} {current})")
        ours = [ident for _, level, ident in doc.headings if level == 2]
        theirs = [ident for _, level, ident in english.headings if level == 2]
        if ours != theirs:
            yield Problem(doc.name, 1, "warning", f"H2 headings differ from {english.name}: "
                          f"English has {', '.join(theirs) or 'none'}; this page has {', '.join(ours) or 'none'}")


def summary(corpus: Corpus) -> str:
    english = [d.rel for d in corpus.docs if d.lang == "en"]
    parts = []
    for lang in corpus.languages:
        if lang != "en":
            done = sum(corpus.doc(lang, rel) is not None for rel in english)
            parts.append(f"{lang} {done}/{len(english)}")
    return "translated pages: " + ", ".join(parts)
