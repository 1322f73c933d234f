"""The PDF handbooks, read as a reader's tools read them (pypdf, pdffonts), from the real build."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from conftest import LANGS, page_path
from gcg import navigation
from gcg.labels import label
from gcg.pdf import render
from gcg.links import page_url


def pdf(site, lang):
    return site / "downloads" / f"green-customs-guide-{lang}.pdf"


def chapter_titles(site, lang):
    titles = []
    for entry in navigation.reading_order():
        if entry.number is not None:
            html = page_path(site, lang, page_url(entry.path)).read_text(encoding="utf-8")
            h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
            titles.append(" ".join(re.sub(r"<[^>]+>", "", h1).replace("&para;", "").split()).replace("¶", "").strip())
    return titles


def outline_titles(outline):
    for item in outline:
        if isinstance(item, list):
            yield from outline_titles(item)
        else:
            yield " ".join(item.title.split())


@pytest.mark.parametrize("lang", LANGS)
def test_handbook_is_complete_and_navigable(site, lang):
    reader = PdfReader(pdf(site, lang))
    chapters = chapter_titles(site, lang)
    assert 3 * len(chapters) <= len(reader.pages) <= 400
    outline = list(outline_titles(reader.outline))
    for title in chapters:
        assert title in outline, f"{title!r} is not in the {lang} outline"
    assert label("pdf_contents", lang) in reader.pages[2].extract_text()
    internal = sum(
        1 for page in reader.pages for annot in page.get("/Annots") or []
        if annot.get_object().get("/Subtype") == "/Link"
        and ("/Dest" in annot.get_object() or (annot.get_object().get("/A") or {}).get("/S") == "/GoTo"))
    assert internal >= len(chapters)  # at least the contents list links to every chapter
    assert reader.metadata.title == label("site_name", lang)
    assert reader.metadata.author and reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == lang


@pytest.mark.parametrize("lang", LANGS)
def test_every_font_is_embedded_with_the_right_face(site, lang):
    fonts = subprocess.run(["pdffonts", str(pdf(site, lang))], capture_output=True, text=True, check=True).stdout
    rows = fonts.strip().split("\n")[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts
    names = " ".join(row.split()[0] for row in rows)
    if lang == "ar":
        assert "Arabic" in names
    if lang == "zh":
        assert "CJK-SC" in names and "CJK-JP" not in names  # Simplified Chinese glyphs, not Japanese


@pytest.mark.parametrize("lang", LANGS)
def test_pages_link_to_their_pdf_and_the_home_page_gives_size_and_pages(site, lang):
    reader = PdfReader(pdf(site, lang))
    home = page_path(site, lang).read_text(encoding="utf-8")
    meta = re.search(r'<span class="gcg-pdf-meta">\((.*?)\)</span>', home).group(1)
    assert str(len(reader.pages)) in meta
    chapter = page_path(site, lang, "conventions/basel/")
    href = re.search(r'<p class="gcg-download"><a href="([^"]+)"', chapter.read_text(encoding="utf-8")).group(1)
    assert (chapter.parent / href).resolve() == pdf(site, lang).resolve()


def test_a_pdf_problem_fails_with_the_language_named(site, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    page = page_path(copy, "en", "conventions/basel/")
    page.write_text(page.read_text(encoding="utf-8").replace("<h2 ", '<img src="missing-photo.png" alt=""><h2 ', 1), encoding="utf-8")
    with pytest.raises(render.PdfError) as error:
        render.render_one(str(copy), "en", "2026-11-28")
    assert "PDF en" in str(error.value) and "missing-photo.png" in str(error.value)
