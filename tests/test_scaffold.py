"""make new-chapter and make new-translation: what they start passes the checks and builds."""
from __future__ import annotations

import os
import subprocess
import sys

from conftest import build, copy_project


def gcg(project, *args):
    env = {**os.environ, "GCG_ROOT": str(project), "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "gcg", *args], cwd=project, env=env, capture_output=True, text=True)


def test_a_new_chapter_and_a_new_translation_pass_the_checks_and_build(tmp_path):
    project = copy_project(tmp_path / "project")
    made = gcg(project, "new-chapter", "convention", "ramsar", "Ramsar Convention")
    assert made.returncode == 0, made.stderr
    assert (project / "docs/en/conventions/ramsar.md").exists()
    assert "      - conventions/ramsar.md" in (project / "mkdocs.yml").read_text(encoding="utf-8")
    made = gcg(project, "new-chapter", "partner", "itto", "ITTO")
    assert made.returncode == 0, made.stderr
    made = gcg(project, "new-translation", "fr", "conventions/ramsar.md")
    assert made.returncode == 0, made.stderr
    assert "translated_from: " in (project / "docs/fr/conventions/ramsar.md").read_text(encoding="utf-8")

    # The new chapter passes; the new translation is still the English text, and the check lists each
    # sentence left to translate (and nothing else) until it is translated.
    check = gcg(project, "check")
    errors = [line for line in check.stdout.splitlines() if ": error: " in line]
    assert errors and all(line.startswith("docs/fr/conventions/ramsar.md:") and "untranslated English text" in line
                          for line in errors), check.stdout
    translation = project / "docs/fr/conventions/ramsar.md"
    english_lines = {line.partition(": error:")[0].rpartition(":")[2] for line in errors}
    lines = translation.read_text(encoding="utf-8").split("\n")
    for number in english_lines:  # a translator's work, reduced to its effect on the check
        lines[int(number) - 1] = "Texte traduit en français."
    translation.write_text("\n".join(lines), encoding="utf-8")
    check = gcg(project, "check")
    assert check.returncode == 0 and ": error: " not in check.stdout, check.stdout + check.stderr
    result = build(project, tmp_path / "site", "html")
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "site" / "fr" / "conventions" / "ramsar" / "index.html").exists()


def test_scaffolding_refuses_bad_input_with_a_clear_message(tmp_path):
    project = copy_project(tmp_path / "project")
    assert "must be lowercase" in gcg(project, "new-chapter", "convention", "Ramsar!", "Ramsar").stderr
    assert "exists already" in gcg(project, "new-chapter", "convention", "basel", "Basel").stderr
    assert "TO must be one of" in gcg(project, "new-translation", "xx", "index.md").stderr
    assert "no English page" in gcg(project, "new-translation", "fr", "nowhere.md").stderr
