"""The six language editions: lang and direction, switcher, per-language search, fallback, 404."""
from __future__ import annotations

import json
import re
import urllib.parse

import pytest

from conftest import LANGS, page_path, search_index

PREFIX = {lang: "" if lang == "en" else f"{lang}/" for lang in LANGS}


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_has_its_language(site, lang):
    html = page_path(site, lang).read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in html


def test_arabic_is_right_to_left_and_others_are_not(site):
    assert re.search(r'<body dir="rtl"', page_path(site, "ar", "conventions/basel/").read_text(encoding="utf-8"))
    assert re.search(r'<body dir="ltr"', page_path(site, "fr", "conventions/basel/").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", ["", "conventions/basel/", "glossary/"])
def test_switcher_links_to_the_same_page_in_every_language(site, path):
    page = page_path(site, "fr", path)
    links = dict(
        (lang, href) for href, lang in
        re.findall(r'<a href="([^"]*)" hreflang="([a-z]+)" class="md-select__link"', page.read_text(encoding="utf-8"))
    )
    assert sorted(links) == sorted(LANGS)
    for lang, href in links.items():
        target = (page.parent / urllib.parse.unquote(href)).resolve()
        assert target == page_path(site, lang, path).parent.resolve(), (lang, href)


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_its_own_search_index(site, lang):
    index = search_index(site, lang)
    stub = json.loads((site / PREFIX[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert stub["docs"] == [] and stub["config"]["gcg_full"] == f"{PREFIX[lang]}search/search_index.full.js"
    assert index["config"]["lang"] == ([lang] if lang != "zh" else ["en"])  # lunr stemmer of the language
    if lang != "zh":  # Chinese keeps Material's own pipeline
        assert index["config"]["pipeline"] == ["trimmer", "stopWordFilter", "stemmer"]
    assert index["docs"], f"the {lang} index is empty"
    others = [f"{code}/" for code in LANGS if code not in ("en", lang)]
    for doc in index["docs"]:
        location = doc["location"].split("#")[0]
        assert not any(location.startswith(other) for other in others), doc["location"]
        html = page_path(site, lang, location).read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in html
        assert "gcg-fallback" not in html, f"untranslated page {location} is in the {lang} index"
    # The search box of a page in this language loads this language's index.
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>',
                       page_path(site, lang).read_text(encoding="utf-8"), re.S).group(1)
    base = json.loads(config)["base"]
    assert "search-stemmed.js?worker=" in json.loads(config)["search"]
    assert (page_path(site, lang).parent / base / "search" / "search_index.json").resolve() == \
        (site / PREFIX[lang] / "search" / "search_index.json").resolve()


def test_chinese_index_is_segmented_into_words(site):
    index = search_index(site, "zh")
    assert "\u200b" in "".join(doc["text"] for doc in index["docs"])


@pytest.mark.parametrize("lang,title", [("en", "Page not found"), ("fr", "Page introuvable"),
                                        ("es", "Página no encontrada"), ("ar", "الصفحة غير موجودة"),
                                        ("ru", "Страница не найдена"), ("zh", "找不到页面")])
def test_every_language_has_its_404_page(site, lang, title):
    html = (site / PREFIX[lang] / "404.html").read_text(encoding="utf-8")
    assert f"<h1>{title}</h1>" in html
    assert f'<html lang="{lang}"' in html


def test_untranslated_page_carries_a_notice_in_the_reader_language(site_missing_a_translation):
    html = page_path(site_missing_a_translation, "fr").read_text(encoding="utf-8")
    assert "Cette page n'est pas encore traduite" in html or "Cette page n&#39;est pas encore traduite" in html
    notice = re.search(r'<div class="admonition info gcg-fallback" lang="fr">(.*?)</div>', html, re.S).group(1)
    english_link = re.search(r'<a href="([^"]+)">Ouvrir la page en anglais</a>', notice).group(1)
    target = (page_path(site_missing_a_translation, "fr").parent / english_link).resolve()
    assert target == page_path(site_missing_a_translation, "en").parent.resolve()
    assert '<div class="gcg-fallback-text" lang="en" dir="ltr">' in html
    index = search_index(site_missing_a_translation, "fr")
    assert all(doc["location"].split("#")[0] != "" for doc in index["docs"]), "fallback page is in the French index"


def test_translated_page_has_no_fallback_notice(site):
    assert "gcg-fallback" not in page_path(site, "fr").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_site_name_navigation_licence_and_chapter_numbers_are_in_the_page_language(site, lang):
    from gcg import navigation
    from gcg.labels import label, nav_translations

    html = page_path(site, lang, "conventions/basel/").read_text(encoding="utf-8")
    assert f"<title>" in html and label("site_name", lang).replace("'", "&#39;") in html
    assert nav_translations(lang).get("Conventions", "Conventions") in html
    assert "creativecommons.org/licenses/by/4.0" in html and label("copyright", lang).split("<")[0].strip() in html
    number = navigation.chapter_number("conventions/basel.md")
    assert f'<p class="gcg-chapter-number">{label("chapter_number", lang, n=number)}</p>' in html
