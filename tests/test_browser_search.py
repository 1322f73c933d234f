"""Real headless Chromium: searching from a page returns that language's pages only."""
from __future__ import annotations

import pytest

# A word of each language's home page; 废物 (waste) is only found inside the longer word 危险废物.
SEARCHES = [("fr", "déchets"), ("es", "desechos"), ("ar", "النفايات"), ("ru", "отходы"), ("zh", "废物")]


@pytest.mark.parametrize("lang,query", SEARCHES)
def test_search_returns_pages_in_the_page_language_only(browser, served_site, lang, query):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{served_site}/{lang}/")
    page.locator("input.md-search__input").click()
    page.keyboard.type(query, delay=20)
    page.keyboard.press("End")  # Material searches on key-up; typed non-Latin text sends none
    page.wait_for_function("document.querySelectorAll('.md-search-result__item a').length > 0", timeout=15000)
    page.wait_for_timeout(500)  # let the last key-up's results settle
    links = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    assert links, f"no result for {query!r}"
    for link in links:
        assert link.startswith(f"{served_site}/{lang}/"), link
    assert not errors
    page.close()
