"""Rule: the data files match their schemas: the glossary (unique ids and terms, known chapters, the
English words present), the workshops (dates, ISO 3166 countries, unique ids...), the curriculum, and
the labels the build writes (every label has English)."""
from __future__ import annotations

import re

import yaml

from .. import curriculum, model, workshops, yamlfile
from . import Problem
from .corpus import Corpus

REPORTED = re.compile(r"^(.*?):(\d+): (error|warning): (.*)$")
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _from_lines(lines):
    for line in lines:
        match = REPORTED.match(line)
        yield Problem(match.group(1), int(match.group(2)), match.group(3), match.group(4))


def _read(corpus: Corpus, filename: str):
    """(name, text, data, problem) of a data file, None when there is no such file; a malformed
    file gives no data and its problem."""
    path = corpus.data_dir / filename
    if not path.exists():
        return None
    name, text = corpus.name(path), path.read_text(encoding="utf-8")
    try:
        return name, text, yaml.safe_load(text), None
    except yaml.YAMLError as exc:
        line, problem = yamlfile.error_position(exc)
        return name, text, None, Problem(name, line + 1, "error", f"malformed YAML: {problem}")


def check(corpus: Corpus):
    yield from glossary(corpus)
    path = corpus.data_dir / "workshops.yml"
    if path.exists():
        yield from _from_lines(workshops.problems(path.read_text(encoding="utf-8"), corpus.name(path)))
    found = _read(corpus, "curriculum.yml")
    if found:
        name, text, data, error = found
        yield from [error] if error else _from_lines(curriculum.problems(data, text, name, corpus.docs_dir))
    yield from labels(corpus)


def glossary(corpus: Corpus):
    found = _read(corpus, "glossary.yml")
    if not found:
        return
    name, text, entries, error = found
    if error:
        yield error
        return
    lines = {m.group(1): text[: m.start()].count("\n") + 1 for m in re.finditer(r"^- id:\s*(\S+)", text, re.M)}
    known = set(model.CONVENTION_IDS) | set(model.PARTNER_IDS)
    seen_ids, seen_terms = set(), {}
    for index, entry in enumerate(entries or []):
        ident = entry.get("id") if isinstance(entry, dict) else None
        line = lines.get(str(ident), 1)
        where = f"term '{ident}'"
        if not isinstance(entry, dict) or not ident:
            yield Problem(name, line, "error", f"entry {index + 1} has no id")
            continue
        if not ID.match(str(ident)):
            yield Problem(name, line, "error", f"{where}: id must be lowercase letters, digits and hyphens")
        if ident in seen_ids:
            yield Problem(name, line, "error", f"{where}: id is used twice")
        seen_ids.add(ident)
        for chapter in entry.get("chapters") or []:
            if chapter not in known:
                yield Problem(name, line, "error", f"{where}: unknown chapter '{chapter}'")
        english = entry.get("en") or {}
        for key in ("term", "definition"):
            if not english.get(key):
                yield Problem(name, line, "error", f"{where}: en.{key} is missing")
        for lang, words in entry.items():
            if isinstance(words, dict) and words.get("term"):
                key = (lang, str(words["term"]).casefold())
                if key in seen_terms:
                    yield Problem(name, line, "error", f"{where}: the {lang} term '{words['term']}' is also term '{seen_terms[key]}'")
                seen_terms.setdefault(key, ident)


def labels(corpus: Corpus):
    found = _read(corpus, "labels.yml")
    if not found:
        return
    name, text, data, error = found
    if error:
        yield error
        return
    lines = {m.group(1): text[: m.start()].count("\n") + 1 for m in re.finditer(r"^([\w]+):", text, re.M)}
    for key, words in (data or {}).items():
        if key == "nav":
            continue
        if not isinstance(words, dict) or not words.get("en"):
            yield Problem(name, lines.get(key, 1), "error", f"label '{key}' has no English text (en:)")
