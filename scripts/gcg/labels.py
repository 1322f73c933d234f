"""Words the build writes into pages, from data/labels.yml, in every language."""
from __future__ import annotations

from . import languages, paths, yamlfile

LABELS_YML = paths.DATA / "labels.yml"


def all_labels() -> dict:
    return yamlfile.load(LABELS_YML)


def label(key: str, lang: str, **values) -> str:
    """The label `key` in `lang` (English when the language has none yet), with {values} filled in."""
    entry = all_labels()[key]
    text = entry.get(lang) or entry[languages.default().code]
    return text.format(**values) if values else text


def nav_translations(lang: str) -> dict[str, str]:
    return {
        english: words[lang]
        for english, words in all_labels().get("nav", {}).items()
        if lang in words
    }
