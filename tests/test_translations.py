"""The translated editions are complete and say where they stand: every English page has a
translation with the same heading ids in every language; the data files have every language's words;
the translation status page counts what is up to date, outdated or missing; an outdated page says so."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import LANGS, ROOT, page_path
from gcg.links import page_url

TRANSLATIONS = [lang for lang in LANGS if lang != "en"]
ENGLISH_PAGES = sorted(p.relative_to(ROOT / "docs" / "en").as_posix() for p in (ROOT / "docs" / "en").rglob("*.md"))


def heading_ids(html: str) -> list[str]:
    article = BeautifulSoup(html, "html.parser").select_one("article")
    return [h["id"] for h in article.find_all(re.compile(r"^h[1-6]$")) if h.get("id")]


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_every_english_page_has_a_current_translation_with_the_same_heading_ids(site, lang):
    from gcg import translation_status

    problems = []
    for path in ENGLISH_PAGES:
        status = translation_status.of_page(lang, path)
        if status.state != "translated":
            problems.append(f"docs/{lang}/{path}: {status.state}")
            continue
        translated = page_path(site, lang, page_url(path)).read_text(encoding="utf-8")
        english = page_path(site, "en", page_url(path)).read_text(encoding="utf-8")
        if "gcg-fallback" in translated or "gcg-outdated" in translated:
            problems.append(f"{lang}/{page_url(path)}: built with a notice")
        if heading_ids(translated) != heading_ids(english):
            problems.append(f"{lang}/{page_url(path)}: heading ids differ from English")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_data_files_have_every_word_in_each_language(lang):
    glossary = yaml.safe_load((ROOT / "data" / "glossary.yml").read_text(encoding="utf-8"))
    missing = [e["id"] for e in glossary
               if not (e.get(lang) or {}).get("term") or not (e.get(lang) or {}).get("definition")
               or (e["en"].get("expansion") and not e[lang].get("expansion"))]
    curriculum = yaml.safe_load((ROOT / "data" / "curriculum.yml").read_text(encoding="utf-8"))
    missing += [m["id"] for m in curriculum["modules"]
                if len((m.get(lang) or {}).get("objectives") or []) != len(m["en"]["objectives"])
                or not (m.get(lang) or {}).get("title")]
    missing += [f"day {d['day']} {s['start']}" for d in curriculum["agenda"] for s in d["sessions"]
                if "en" in s and not s.get(lang)]
    workshops = yaml.safe_load((ROOT / "data" / "workshops.yml").read_text(encoding="utf-8"))
    missing += [w["id"] for w in workshops if not (w.get(lang) or {}).get("title")]
    assert not missing, f"no {lang} words for: {', '.join(missing)}"


def status_counts(site: Path, lang_of_page: str) -> dict[str, dict[str, int]]:
    html = page_path(site, lang_of_page, "translation-status/").read_text(encoding="utf-8")
    table = BeautifulSoup(html, "html.parser").select_one("table.gcg-status")
    return {row["data-lang"]: {cell["data-state"]: int(cell.get_text()) for cell in row.select("td[data-state]")}
            | {"complete": int(row.select_one("td[data-complete]")["data-complete"])}
            for row in table.select("tbody tr")}


@pytest.mark.parametrize("lang", LANGS)
def test_status_page_reports_every_edition_complete(site, lang):
    counts = status_counts(site, lang)
    assert set(counts) == set(TRANSLATIONS)
    for code, row in counts.items():
        assert row == {"translated": len(ENGLISH_PAGES), "outdated": 0, "missing": 0, "complete": 100}, (code, row)


def test_status_page_counts_outdated_and_missing_pages_and_links_the_english_sources(site_missing_a_translation):
    site = site_missing_a_translation
    counts = status_counts(site, "en")
    assert counts["fr"] == {"translated": len(ENGLISH_PAGES) - 2, "outdated": 1, "missing": 1,
                            "complete": round(100 * (len(ENGLISH_PAGES) - 2) / len(ENGLISH_PAGES))}
    assert counts["zh"]["outdated"] == 1 and counts["zh"]["missing"] == 0
    page = page_path(site, "es", "translation-status/")
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    rows = soup.select('h2#fr + table tr[data-state]')
    states = {row.select_one("a")["href"]: row["data-state"] for row in rows}
    assert len(rows) == len(ENGLISH_PAGES)
    outdated = [href for href, state in states.items() if state == "outdated"]
    assert len(outdated) == 1 and (page.parent / outdated[0]).resolve() == page_path(site, "en", "conventions/basel/").parent.resolve()
    assert "faltante" in soup.select_one('h2#fr + table tr[data-state="missing"]').get_text()


def test_every_page_footer_links_the_status_page(site):
    for lang in LANGS:
        for url in ("", "conventions/basel/", "workshops/run-a-workshop/"):
            page = page_path(site, lang, url)
            link = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("footer a.gcg-status-link")
            assert link is not None, page
            assert (page.parent / link["href"]).resolve() == page_path(site, lang, "translation-status/").parent.resolve()


def test_outdated_translation_says_so_in_its_language_and_links_the_english_page(site_missing_a_translation):
    site = site_missing_a_translation
    page = page_path(site, "fr", "conventions/basel/")
    notice = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("div.gcg-outdated")
    assert notice is not None and notice["lang"] == "fr"
    assert "n'est peut-être plus à jour" in notice.get_text()
    link = notice.select_one("a")
    assert (page.parent / link["href"]).resolve() == page_path(site, "en", "conventions/basel/").parent.resolve()
    assert "gcg-outdated" not in page_path(site, "fr", "conventions/cites/").read_text(encoding="utf-8")


def test_arabic_chapter_is_laid_out_right_to_left_in_the_browser(browser, served_site):
    """Measured in Chromium: the heading's text sits at the right edge, the navigation is on the right,
    tables and the At a glance box run right to left, and HS codes stay left to right inside them."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{served_site}/ar/conventions/basel/")
    facts = page.evaluate("""() => {
        const h1 = document.querySelector('article h1');
        const range = document.createRange();
        range.selectNodeContents(h1.firstChild);
        const text = range.getBoundingClientRect(), box = h1.getBoundingClientRect();
        const style = el => getComputedStyle(el).direction;
        const code = document.querySelector('#hs-codes ~ table code, table code');
        return {
            textRightGap: box.right - text.right, textLeftGap: text.left - box.left,
            navRight: document.querySelector('.md-sidebar--primary').getBoundingClientRect().left >
                      document.querySelector('.md-content').getBoundingClientRect().left,
            article: style(document.querySelector('article')),
            glance: style(document.querySelector('.gcg-glance table')),
            table: style(code.closest('table')), code: style(code), codeText: code.textContent,
        };
    }""")
    page.close()
    assert facts["article"] == "rtl" and facts["glance"] == "rtl" and facts["table"] == "rtl", facts
    assert facts["textRightGap"] < 2 < facts["textLeftGap"], facts  # the title starts at the right
    assert facts["navRight"], facts
    assert facts["code"] == "ltr" and re.fullmatch(r"\d{4}(\.\d{2})?", facts["codeText"]), facts
