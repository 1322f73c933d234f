"""Rule: a translated page has no run of English sentences left in it. A sentence counts as English
when at least five of its words, and at least a third of them, are common English words that no
other language of the guide uses. Titles of cited publications (the Sources section), code, link
targets and front matter are not checked: they stay in the language they were published in."""
from __future__ import annotations

import re

from . import Problem
from .corpus import Corpus

ENGLISH = frozenset("""the and of to is are was were that with for this these those from by be been which
who you your must should would could will not have has their they them its into than there when where
what while about after before because only also any each other such more most over under between""".split())
WORD = re.compile(r"[A-Za-z']+")
SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\s*\|\s*")
SKIP = re.compile(r"`[^`]*`|\]\([^)]*\)|<[^>]+>|https?://\S+")
SOURCES = {"sources"}
MIN_HITS = 5


def english_sentences(line: str):
    for sentence in SENTENCE_END.split(SKIP.sub(" ", line)):
        words = WORD.findall(sentence)
        hits = sum(word.lower() in ENGLISH for word in words)
        if hits >= MIN_HITS and hits * 3 >= len(words):
            yield sentence.strip()


def check(corpus: Corpus):
    for doc in corpus.docs:
        if doc.lang == "en" or doc.error:
            continue
        headings = {line: ident for line, _, ident in doc.headings}
        section = ""
        for number, line in doc.prose_lines():
            section = headings.get(number, section)
            if section in SOURCES or number in headings:
                continue
            for sentence in english_sentences(line):
                shown = sentence if len(sentence) <= 60 else sentence[:57] + "..."
                yield Problem(doc.name, number, "error", f"untranslated English text: \"{shown}\"")
                break
