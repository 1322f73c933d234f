"""The front-matter rule: each planted defect gives exactly one error naming the file and line."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import ROOT
from gcg.checks import front_matter
from gcg.checks.corpus import Corpus

TODAY = dt.date(2026, 11, 28)
GOOD = (ROOT / "docs" / "en" / "conventions" / "basel.md").read_text(encoding="utf-8")


def errors(tmp_path, text):
    page = tmp_path / "docs" / "en" / "page.md"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(text, encoding="utf-8")
    return [p for p in front_matter.check(Corpus(tmp_path), TODAY) if p.severity == "error"]


def test_a_good_chapter_has_no_error(tmp_path):
    assert errors(tmp_path, GOOD) == []


@pytest.mark.parametrize("old,new,expected", [
    ("kind: convention", "kind: treaty", "kind is 'treaty'"),
    ("in_force: 1992-05-05", "in_force: 5 May 1992", "in_force: must be an ISO date"),
    ("website: https://www.basel.int", "website: http://www.basel.int", "website: must be an https:// address"),
    ('code: "3915"', 'code: "9915"', "HS code '9915'"),
    ("related: [stockholm", "related: [stockholme", "unknown chapter id 'stockholme'"),
])
def test_each_defect_is_reported_once_with_its_line(tmp_path, old, new, expected):
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    found = errors(tmp_path, text)
    assert len(found) == 1, [str(p) for p in found]
    assert found[0].path.endswith("page.md") and expected in found[0].message
    # The line named is the line of the top-level field that holds the defect.
    field = found[0].message.split(":")[0].split(".")[0].split("[")[0]
    field = "kind" if field.startswith("kind is") else field
    assert text.split("\n")[found[0].line - 1].startswith(field + ":")


def test_malformed_yaml_is_reported_with_its_line_not_a_traceback(tmp_path):
    found = errors(tmp_path, "---\ntitle: [unclosed\nkind: general\n---\n# T\n")
    assert len(found) == 1 and found[0].line in (2, 3) and "malformed YAML" in found[0].message
