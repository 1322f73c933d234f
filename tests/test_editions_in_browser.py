"""Both ways of reading the guide, in real headless Chromium: the offline copy unzipped and opened
from file://, and the site served over http on 127.0.0.1. Every request that does not stay on the
computer (file://) or on the test server is blocked and recorded."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import LANGS, ROOT, SERVED_PATHS, search
from gcg.labels import label

WORDS = {"en": "wastes", "fr": "déchets", "es": "desechos", "ar": "النفايات", "ru": "отходы", "zh": "废物"}
AXE = ROOT / "tests" / "node_modules" / "axe-core" / "axe.min.js"


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_edition_works(edition, tab, lang):
    if edition.kind == "file":  # a trainer opens the top index.html of the unzipped copy
        tab.goto(edition.base + "index.html")
        tab.get_by_text(label("offline_open", lang)).click()
    else:
        tab.goto(edition.page(lang))
    assert edition.where(tab.url) == (lang, "")

    results = search(tab, WORDS[lang])
    assert results and all(edition.where(url)[0] == lang for url in results), results
    tab.goto(results[0])
    assert tab.get_attribute("html", "lang") == lang
    opened = edition.where(tab.url)[1]

    other = "fr" if lang == "en" else "en"
    with tab.expect_navigation():
        tab.eval_on_selector(f'.md-select__link[hreflang="{other}"]', "a => a.click()")
    assert edition.where(tab.url) == (other, opened)
    assert tab.get_attribute("html", "lang") == other
    assert not tab.errors, tab.errors
    assert not tab.blocked, tab.blocked


def test_start_page_and_readme_of_the_offline_copy(offline_bundle):
    start = (offline_bundle / "index.html").read_text(encoding="utf-8")
    readme = (offline_bundle / "README.txt").read_text(encoding="utf-8")
    for lang in LANGS:
        prefix = "" if lang == "en" else f"{lang}/"
        assert f'href="guide/{prefix}index.html"' in start and (offline_bundle / "guide" / prefix / "index.html").exists()
        assert f'href="guide/downloads/green-customs-guide-{lang}.pdf"' in start
        assert (offline_bundle / "guide" / "downloads" / f"green-customs-guide-{lang}.pdf").stat().st_size > 100_000
        assert label("offline_readme", lang).split()[0] in readme


def test_navigation_drawer_opens_on_a_phone(edition, tab):
    tab.set_viewport_size({"width": 375, "height": 812})
    tab.goto(edition.page("en", "conventions/basel"))
    drawer = tab.locator(".md-sidebar--primary")

    def on_screen():
        box = drawer.bounding_box()
        return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375 + 1

    assert not on_screen()  # off canvas until the menu button is pressed
    tab.locator('label.md-header__button[for="__drawer"]').click()
    tab.wait_for_timeout(600)  # the drawer slides in
    assert on_screen() and tab.is_checked("#__drawer")
    assert tab.locator(".md-sidebar--primary .md-nav__link", has_text="Rotterdam Convention").first.is_visible()
    assert not tab.errors and not tab.blocked


@pytest.mark.parametrize("lang,path", [("en", ""), ("en", "conventions/basel"), ("ar", ""), ("ar", "conventions/basel")])
def test_no_serious_accessibility_violation(edition, tab, lang, path):
    tab.goto(edition.page(lang, path))
    tab.add_script_tag(path=str(AXE))
    violations = tab.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
        .filter(v => ['serious', 'critical'].includes(v.impact))
        .map(v => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0].target}`)""")
    assert not violations, violations


def test_the_full_search_index_loads_only_at_the_first_search(edition, tab):
    # From file:// the worker runs in an iframe of the page; over http it is a real worker, whose
    # requests the test server records.
    requested = SERVED_PATHS if edition.kind == "http" else []
    tab.on("request", lambda request: requested.append(request.url))
    del requested[:]
    tab.goto(edition.page("fr"))
    tab.wait_for_timeout(1000)
    assert not any("search_index.full.js" in url for url in requested), "loaded before any search"
    assert search(tab, "déchets")
    assert any(url.split("?")[0].endswith("fr/search/search_index.full.js") for url in requested)
    assert not tab.errors and not tab.blocked
