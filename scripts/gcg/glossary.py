"""The glossary data (data/glossary.yml): one entry per term, each language's words beside English."""
from __future__ import annotations

from . import languages, paths, yamlfile

GLOSSARY_YML = paths.DATA / "glossary.yml"


def entries() -> list[dict]:
    return yamlfile.load(GLOSSARY_YML) or []


def words(entry: dict, lang: str) -> dict:
    """term, expansion and definition of an entry in `lang`, English where the language has none yet."""
    english = entry[languages.default().code]
    own = entry.get(lang) or {}
    return {key: own.get(key) or english.get(key) for key in ("term", "expansion", "definition")}
