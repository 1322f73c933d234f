"""Pages generated from data: glossary, abbreviation tooltips, HS-code index, workshops."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from conftest import ROOT, TODAY, page_path
from gcg import glossary, model, workshops
from gcg import chapters


def test_glossary_lists_every_term_once(site):
    html = page_path(site, "en", "glossary/").read_text(encoding="utf-8")
    ids = re.findall(r'<dt id="([^"]+)"', html)
    assert sorted(ids) == sorted(e["id"] for e in glossary.entries())
    assert len(ids) == len(set(ids))


def test_chapters_explain_acronyms_with_tooltips(site):
    html = page_path(site, "en", "conventions/basel/").read_text(encoding="utf-8")
    assert '<abbr title="prior informed consent">PIC</abbr>' in html


def test_hs_index_lists_every_code_of_every_chapter_with_working_links(site):
    index = page_path(site, "en", "hs-codes/")
    html = index.read_text(encoding="utf-8")
    for chapter in model.CONVENTION_IDS:
        for code in (str(c["code"]) for c in chapters.facts_in(chapter, "en")["hs_codes"]):
            row = re.search(rf'<tr id="hs-{code.replace(".", "")}">(.*?)</tr>', html, re.S)
            assert row, f"{code} of {chapter} is missing"
            assert f"../conventions/{chapter}/#hs-codes" in row.group(1)
    for href in set(re.findall(r'href="(\.\./conventions/[^"#]+)#hs-codes"', html)):
        assert (index.parent / href / "index.html").exists(), href


def test_workshops_page_lists_every_event_once_in_the_right_section(site):
    html = page_path(site, "en", "workshops/").read_text(encoding="utf-8")
    upcoming, past = html.split('<h2 id="past">')
    events = workshops.load()
    today = dt.date.fromisoformat(TODAY)
    for event in events:
        assert html.count(f'<li id="{event["id"]}"') == 1
        section = upcoming if event["end"] >= today else past
        assert f'<li id="{event["id"]}"' in section, event["id"]


BAD_WORKSHOPS = """\
- id: bad-date
  title: A workshop with a bad date
  start: 2019-02-30
  end: 2019-03-01
  city: Nowhere
  country: XX
  region: asia-pacific
  type: regional
  organisers: []
  conventions: []
  languages: []
  source: https://example.org/
"""


def test_bad_workshop_data_is_reported_with_file_line_and_entry(tmp_path):
    path = tmp_path / "workshops.yml"
    path.write_text(BAD_WORKSHOPS, encoding="utf-8")
    with pytest.raises(workshops.WorkshopError) as error:
        workshops.load(path)
    message = str(error.value)
    assert f"{path}:1: error: workshop 'bad-date': start '2019-02-30' is not a date" in message
    assert "country 'XX' is not an ISO 3166-1 alpha-2 code" in message


def test_bad_workshop_data_fails_the_build_naming_file_and_entry(tmp_path):
    from conftest import build, copy_project

    project = copy_project(tmp_path / "project")
    data = project / "data" / "workshops.yml"
    data.write_text(data.read_text(encoding="utf-8").replace("country: CN", "country: XX", 1), encoding="utf-8")
    result = build(project, tmp_path / "site", "html")
    assert result.returncode != 0
    assert "data/workshops.yml:" in result.stderr and "country 'XX' is not an ISO 3166-1 alpha-2 code" in result.stderr


def test_curriculum_page_lists_every_module_and_a_three_day_agenda(site):
    from gcg import curriculum

    html = page_path(site, "en", "workshops/run-a-workshop/").read_text(encoding="utf-8")
    data = curriculum.load()
    for module in data["modules"]:
        assert html.count(f'<tr id="module-{module["id"]}">') == 1
        assert f'href="#module-{module["id"]}"' in html, f"{module['id']} is in no session"
    assert [d["day"] for d in data["agenda"]] == [1, 2, 3]
    for day in (1, 2, 3):
        assert f'<h3 id="day-{day}">Day {day}</h3>' in html


def test_bad_curriculum_is_reported_with_file_line_and_entry(tmp_path):
    from gcg import curriculum

    path = tmp_path / "curriculum.yml"
    path.write_text(
        "modules:\n"
        "  - id: basel\n    minutes: 90\n    pages: [conventions/no-such-page]\n    en: {title: Basel}\n"
        "  - id: unused\n    minutes: 30\n    pages: []\n    en: {title: Unused}\n"
        "agenda:\n  - day: 1\n    sessions:\n"
        "      - {start: '09:00', end: '08:00', module: basel}\n"
        "      - {start: '10:00', end: '10:30', module: ghost}\n", encoding="utf-8")
    with pytest.raises(curriculum.CurriculumError) as error:
        curriculum.load(path)
    lines = str(error.value).split("\n")
    assert f"{path}:2: error: module 'basel': page 'conventions/no-such-page' does not exist (docs/en/conventions/no-such-page.md)" in lines
    assert any("day 1 session 09:00: start and end must be times" in line for line in lines)
    assert any("unknown module 'ghost'" in line for line in lines)
    assert f"{path}:6: error: module 'unused' is in no session of the agenda" in lines
    assert len(lines) == 4
