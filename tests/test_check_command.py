"""`python -m gcg check` (what `make check` runs): clean on the repository, and on a copy with planted
defects it reports every one as path:line: error: message and exits 1."""
from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT


def run_check(project):
    env = {**os.environ, "GCG_ROOT": str(project)}
    return subprocess.run([sys.executable, "-m", "gcg", "check"], cwd=project, env=env, capture_output=True, text=True)


def test_repository_is_clean():
    result = run_check(ROOT)
    assert result.returncode == 0, result.stdout


def test_every_problem_is_reported_in_one_run(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: t\nnav:\n  - Home: index.md\n")
    docs = tmp_path / "docs" / "en"
    docs.mkdir(parents=True)
    (docs / "a.md").write_text("---\ntitle: A\ndescription: d\nkind: page\nlast_reviewed: 2026-01-01\n---\n# A\n")
    (docs / "b.md").write_text("---\ntitle: B\ndescription: d\nkind: general\nlast_reviewed: soon\n---\n# B\n")
    result = run_check(tmp_path)
    assert result.returncode == 1
    lines = result.stdout.strip().split("\n")
    assert lines == [
        "docs/en/a.md:4: error: kind is 'page'; use one of: general, convention, partner",
        "docs/en/b.md:5: error: last_reviewed: must be an ISO date (YYYY-MM-DD), not 'soon'",
    ]
