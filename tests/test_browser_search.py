"""Real headless Chromium: the search box of a page returns that language's pages only, and finds
other forms of a word (stemming) and Chinese words inside longer words (segmentation)."""
from __future__ import annotations

import json
import re

import pytest

# A word of each language's home page; 废物 (waste) is only found inside the longer word 危险废物.
SEARCHES = [("en", "wastes"), ("fr", "déchets"), ("es", "desechos"), ("ar", "النفايات"), ("ru", "отходы"),
            ("zh", "废物")]
# Forms that occur nowhere in the language's pages: only a stemmed query finds contrôlé / отходы.
STEMMED = [("fr", "contrôlés"), ("ru", "отходов")]


def search(browser, served_site, lang, query):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{served_site}/" if lang == "en" else f"{served_site}/{lang}/")
    page.locator("input.md-search__input").click()
    page.keyboard.type(query, delay=20)
    page.keyboard.press("End")  # Material searches on key-up; typed non-Latin text sends none
    page.wait_for_function("document.querySelectorAll('.md-search-result__item a').length > 0", timeout=15000)
    page.wait_for_timeout(500)  # let the last key-up's results settle
    links = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    page.close()
    assert not errors
    return links


@pytest.mark.parametrize("lang,query", SEARCHES)
def test_search_returns_pages_in_the_page_language_only(browser, served_site, lang, query):
    links = search(browser, served_site, lang, query)
    assert links, f"no result for {query!r}"
    others = [f"{served_site}/{code}/" for code, _ in SEARCHES if code not in ("en", lang)]
    for link in links:
        assert link.startswith(f"{served_site}/" if lang == "en" else f"{served_site}/{lang}/"), link
        assert not any(link.startswith(other) for other in others), link


@pytest.mark.parametrize("lang,query", STEMMED)
def test_search_finds_other_forms_of_a_word(site, browser, served_site, lang, query):
    index = json.loads((site / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["text"].lower() for doc in index["docs"])
    assert not re.search(rf"(?<!\w){query}", text), f"{query!r} occurs as typed: this would not test stemming"
    assert search(browser, served_site, lang, query), f"no result for {query!r}"
