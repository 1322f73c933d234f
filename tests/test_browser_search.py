"""Real headless Chromium: search finds other forms of a word (stemming). That each language's
search returns that language's pages only is tested in test_editions_in_browser.py."""
from __future__ import annotations

import re

import pytest

from conftest import search, search_index

# Forms that occur nowhere in the language's pages: only a stemmed query finds contrôle / отходы.
STEMMED = [("fr", "contrôlerons"), ("es", "controlaremos"), ("ru", "отходу")]


@pytest.mark.parametrize("lang,query", STEMMED)
def test_search_finds_other_forms_of_a_word(site, edition, tab, lang, query):
    index = search_index(site, lang)
    text = " ".join(doc["text"].lower() for doc in index["docs"])
    assert not re.search(rf"(?<!\w){query}", text), f"{query!r} occurs as typed: this would not test stemming"
    tab.goto(edition.page(lang))
    results = search(tab, query)
    assert results and all(edition.where(url)[0] == lang for url in results)


def test_chinese_search_for_a_two_character_word_returns_the_chinese_pages_holding_it(site, edition, tab):
    """臭氧 (ozone) is one word inside longer runs of Chinese text (消耗臭氧层物质): segmentation must
    find it, and every result must be a Chinese page that holds it."""
    tab.goto(edition.page("zh"))
    results = search(tab, "臭氧")
    assert results and all(edition.where(url)[0] == "zh" for url in results), results
    assert any(edition.where(url)[1].startswith("conventions/montreal") for url in results), results
    tab.goto(results[0])
    assert "臭氧" in tab.inner_text("article")
