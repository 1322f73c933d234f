"""Real headless Chromium: search finds other forms of a word (stemming). That each language's
search returns that language's pages only is tested in test_editions_in_browser.py."""
from __future__ import annotations

import re

import pytest

from conftest import search, search_index

# Forms that occur nowhere in the language's pages: only a stemmed query finds contrôlé / отходы.
STEMMED = [("fr", "contrôlés"), ("ru", "отходов")]


@pytest.mark.parametrize("lang,query", STEMMED)
def test_search_finds_other_forms_of_a_word(site, edition, tab, lang, query):
    index = search_index(site, lang)
    text = " ".join(doc["text"].lower() for doc in index["docs"])
    assert not re.search(rf"(?<!\w){query}", text), f"{query!r} occurs as typed: this would not test stemming"
    tab.goto(edition.page(lang))
    results = search(tab, query)
    assert results and all(edition.where(url)[0] == lang for url in results)
