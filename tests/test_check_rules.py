"""Every source-check rule: a small clean fixture gives no error, and each planted defect gives
exactly one error, naming the file and the line where the defect is."""
from __future__ import annotations

import pytest

from gcg.checks import run
from gcg.checks.corpus import Corpus
from gcg.checks.translations import blob_id

CONVENTION = """---
title: {title}
description: One line.
kind: convention
short_name: {title}
full_name: The {title} Convention
adopted: {{date: 1989-03-22, place: "Basel, Switzerland"}}
in_force: 1992-05-05
parties: {{count: 191, as_of: 2026-01-01, source: "https://treaties.un.org/"}}
secretariat: Geneva
website: https://www.example.int
hs_codes:
  - {{code: "3915", description: Plastic waste}}
related: [{related}]
last_reviewed: 2026-11-28
---

# {title} {{ #top }}

## HS codes {{ #hs-codes }}

See [the index](../hs-codes.md#hs-3915).
"""

GENERAL = "---\ntitle: {title}\ndescription: d\nkind: general\nlast_reviewed: 2026-11-28\n{extra}---\n\n"

CLEAN = {
    "mkdocs.yml": "site_name: t\nsite_url: https://guide.example.org/gcg/\n",
    "docs/en/index.md": GENERAL.format(title="Home", extra="") + (
        "# Home { #home }\n\n## Part { #part }\n\nAdopted on 22 March 1989 [1].\n\n"
        "See [Basel](conventions/basel.md#hs-codes), the [PIC](glossary.md#pic) entry and <a href=\"hs-codes.md\">codes</a>.\n"),
    "docs/en/glossary.md": GENERAL.format(title="Glossary", extra="generate: glossary\n") + "# Glossary { #glossary }\n",
    "docs/en/hs-codes.md": GENERAL.format(title="HS", extra="generate: hs-index\n") + "# HS codes { #hs }\n",
    "docs/en/conventions/basel.md": CONVENTION.format(title="Basel", related="stockholm"),
    "docs/en/conventions/stockholm.md": CONVENTION.format(title="Stockholm", related="basel"),
    "data/glossary.yml": "- id: pic\n  chapters: [basel]\n  en:\n    term: PIC\n    definition: Prior informed consent.\n",
    "data/workshops.yml": (
        "- id: seoul-2015\n  title: Regional workshop\n  start: 2015-11-10\n  end: 2015-11-13\n  city: Seoul\n"
        "  country: KR\n  region: asia-pacific\n  type: regional\n  organisers: [WCO]\n  conventions: [basel]\n"
        "  languages: [en]\n  source: https://www.wcoomd.org/\n"),
}
FRENCH_HOME = (CLEAN["docs/en/index.md"].replace("title: Home", "title: Accueil").replace("See [Basel]", "Voir [Bâle]")
               .replace("Adopted on 22 March 1989 [1].", "Adoptée le 22 mars 1989 [1]."))


def make(tmp_path, changes=None) -> Corpus:
    files = {**CLEAN}
    files["docs/fr/index.md"] = FRENCH_HOME.replace(
        "last_reviewed: 2026-11-28\n", f"last_reviewed: 2026-11-28\ntranslated_from: {blob_id(files['docs/en/index.md'].encode())}\n")
    for name, (old, new) in (changes or {}).items():
        assert old in files[name], (name, old)
        files[name] = files[name].replace(old, new, 1)
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return Corpus(tmp_path)


def errors(corpus):
    return [p for p in run.problems(corpus) if p.severity == "error"]


def test_clean_fixture_has_no_problem(tmp_path):
    assert run.problems(make(tmp_path)) == []


DEFECTS = [
    # rule: links
    ("docs/en/index.md", "conventions/basel.md#hs-codes", "conventions/cwc.md", 14, "no page docs/en/conventions/cwc.md"),
    ("docs/en/index.md", "conventions/basel.md#hs-codes", "conventions/basel.md#permits", 14, "no heading with id 'permits'"),
    ("docs/en/index.md", "glossary.md#pic", "glossary.md#pics", 14, "no heading with id 'pics' in docs/en/glossary.md"),
    ("docs/en/index.md", 'href="hs-codes.md"', 'href="/hs-codes/"', 14, "an absolute path"),
    ("docs/en/index.md", "conventions/basel.md#hs-codes", "https://guide.example.org/gcg/conventions/basel/", 14, "absolute link to the guide itself"),
    ("docs/en/index.md", "conventions/basel.md#hs-codes", "http://localhost:8000/", 14, "local address"),
    # rule: anchors across languages
    ("docs/fr/index.md", "{ #part }", "{ #partie }", 1, "heading id 'part' of docs/en/index.md:10 is missing"),
    # rule: cross-references
    ("docs/en/conventions/stockholm.md", "related: [basel]", "related: []", 14, "related names 'stockholm', but docs/en/conventions/stockholm.md does not name 'basel'"),
    # rule: front matter
    ("docs/en/conventions/basel.md", "in_force: 1992-05-05", "in_force: 5 May 1992", 8, "in_force: must be an ISO date"),
    ("docs/en/conventions/basel.md", 'code: "3915"', 'code: "3915.1"', 12, "HS code '3915.1'"),
    ("docs/en/conventions/basel.md", "as_of: 2026-01-01", "as_of: 2099-01-01", 9, "in the future"),
    ("docs/en/conventions/basel.md", "website: https://", "website: http://", 11, "must be an https:// address"),
    ("docs/en/index.md", "title: Home\n", "title: [Home\n", 2, "malformed YAML"),
    # rule: data files
    ("data/glossary.yml", "chapters: [basel]", "chapters: [basle]", 1, "term 'pic': unknown chapter 'basle'"),
    ("data/glossary.yml", "definition: Prior", "definition: [Prior", 5, "malformed YAML"),
    ("data/workshops.yml", "country: KR", "country: XK1", 1, "country 'XK1' is not an ISO 3166-1 alpha-2 code"),
    ("data/workshops.yml", "end: 2015-11-13", "end: 2015-11-01", 1, "ends (2015-11-01) before it starts"),
    ("data/workshops.yml", "  source: https://", "  fr: Atelier régional\n  source: https://", 1, "'fr' must be a block with the title"),
    # rule: translations
    ("docs/fr/index.md", "translated_from:", "translated-from:", 1, "no 'translated_from'"),
    # rule: translation facts (reported at the heading of the section that lost them)
    ("docs/fr/index.md", "22 mars 1989", "22 mars 1998", 11, "figures of docs/en/index.md:10 missing in section 'part': 1989"),
    ("docs/fr/index.md", "1989 [1].", "1989.", 11, "citation markers of docs/en/index.md:10 missing in section 'part': [1]"),
    ("docs/fr/index.md", "the [PIC](glossary.md#pic) entry", "the PIC entry", 1, "link to glossary.md#pic (docs/en/index.md:14) is missing"),
    # rule: untranslated text
    ("docs/fr/index.md", "Adoptée le", "This is the text that you must check before the goods are released.\n\nAdoptée le", 13, "untranslated English text"),
    # rule: unsafe content
    ("docs/en/index.md", "## Part { #part }", "## Part { #part }\n\n<script>alert(1)</script>", 12, "raw <script> element"),
    ("docs/en/index.md", "## Part { #part }", "## Part { #part }\n\n<iframe title=x></iframe>", 12, "raw <iframe> element"),
    ("docs/en/index.md", "## Part { #part }", '## Part { #part }\n\n<span onmouseover="x()">hi</span>', 12, "event-handler attribute 'onmouseover='"),
    ("docs/en/index.md", "conventions/basel.md#hs-codes", "javascript:alert(1)", 14, "'javascript:' URL"),
    ("docs/en/index.md", "conventions/basel.md#hs-codes", "http://www.basel.int/", 14, "plain http"),
]


@pytest.mark.parametrize("name,old,new,line,message", DEFECTS, ids=[d[4][:40] for d in DEFECTS])
def test_each_planted_defect_is_one_error_at_its_line(tmp_path, name, old, new, line, message):
    found = errors(make(tmp_path, {name: (old, new)}))
    assert len(found) == 1, [str(p) for p in found]
    assert found[0].line == line and message in found[0].message, str(found[0])
    # reported in the file that holds the defect (a one-way 'related' is reported where it is named)
    assert found[0].path == (name if "related" not in old else "docs/en/conventions/basel.md"), str(found[0])


def test_an_outdated_translation_is_a_warning_not_an_error(tmp_path):
    corpus = make(tmp_path)
    english = tmp_path / "docs/en/index.md"
    english.write_text(english.read_text(encoding="utf-8") + "\nA new paragraph.\n", encoding="utf-8")
    found = run.problems(Corpus(tmp_path))
    assert [(p.path, p.severity) for p in found] == [("docs/fr/index.md", "warning")]
    assert "outdated" in found[0].message and corpus


def test_a_changed_h2_structure_is_a_warning(tmp_path):
    found = run.problems(make(tmp_path, {"docs/fr/index.md": ("## Part { #part }", "### Part { #part }")}))
    assert [(p.path, p.severity) for p in found] == [("docs/fr/index.md", "warning")]
    assert "H2 headings differ" in found[0].message


def test_code_examples_are_not_checked_as_content(tmp_path):
    example = "## Part { #part }\n\n```html\n<script src=\"http://example.org/x.js\"></script>\n```\n\nUse `<iframe>` never."
    assert errors(make(tmp_path, {"docs/en/index.md": ("## Part { #part }", example)})) == []
