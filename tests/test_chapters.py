"""The eight convention chapters: skeleton, schema, length and HS codes, read from the real build."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from conftest import ROOT, page_path
from gcg import frontmatter, model
from gcg.checks import front_matter


@pytest.mark.parametrize("chapter", model.CONVENTION_IDS)
def test_chapter_follows_the_skeleton_and_schema(site, chapter):
    source = ROOT / "docs" / "en" / "conventions" / f"{chapter}.md"
    page = frontmatter.read(source)
    assert page.meta["kind"] == "convention"
    problems = [p for p in front_matter.check_page(str(source), source.read_text(encoding="utf-8"), page.meta,
                                                   dt.date.today()) if p.severity == "error"]
    assert not problems, [str(p) for p in problems]
    prose = len(page.body.split("{ #sources }")[0].split())  # words before the Sources list
    assert 1800 <= prose <= 3500, f"{chapter}: {prose} words"

    html = page_path(site, "en", f"conventions/{chapter}/").read_text(encoding="utf-8")
    h2_ids = re.findall(r'<h2 id="([^"]+)"', html)
    assert h2_ids == model.CONVENTION_SECTIONS
    table = re.search(r'<div class="gcg-hs-table"><table>(.*?)</table>', html, re.S).group(1)
    for code in page.meta["hs_codes"]:
        assert f'<code dir="ltr">{code["code"]}</code>' in table
    glance = re.search(r'<div class="gcg-glance" lang="en" dir="ltr">(.*?)</div>', html, re.S).group(1)
    assert str(page.meta["parties"]["count"]) in glance
    assert page.meta["website"] in glance


def test_related_chapters_name_each_other(site):
    related = {c: set(frontmatter.read(ROOT / "docs/en/conventions" / f"{c}.md").meta["related"]) for c in model.CONVENTION_IDS}
    one_way = [(a, b) for a, names in related.items() for b in names if a not in related[b]]
    assert not one_way, f"related is one-way for: {one_way}"
