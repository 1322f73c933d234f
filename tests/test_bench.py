"""`make bench` runs end to end on a small fixture (English and French, one run per figure) and
writes a complete report. Nothing here is timed: the budgets are held by `make bench`, not by tests."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT

KINDS = {"html", "css", "javascript", "fonts", "images", "search index", "other"}


def test_bench_writes_a_complete_report_on_a_small_fixture(tmp_path):
    out = tmp_path / "bench"
    result = subprocess.run(
        [sys.executable, "-m", "gcg", "bench", "--languages", "en,fr", "--runs", "1", "--out", str(out)],
        cwd=ROOT, env={**os.environ, "GCG_ROOT": str(ROOT), "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True, text=True, timeout=900)
    assert result.returncode in (0, 1), result.stdout[-3000:] + result.stderr[-3000:]  # 1: a budget, 2: an error
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))

    build = report["build"]
    assert build["cores"] >= 1
    for stage in ("html", "pdf", "offline"):
        assert build["stages"][stage]["median"] > 0 and len(build["stages"][stage]["runs"]) == 1
    assert build["pdf_sequential"]["median"] > 0
    assert set(build["baseline"]["languages"]) == {"en", "fr"} and build["baseline"]["total"]["median"] > 0
    assert build["html_ratio"] > 0 and build["pdf_parallel_ratio"] > 0
    assert report["preview"]["median"] > 0 and report["preview"]["page"] == "conventions/basel.md"

    assert set(report["page_weight"]) == {"home", "chapter", "glossary"}
    for page in report["page_weight"].values():
        first, repeat = page["first"], page["repeat"]
        assert set(first["by_kind"]) == KINDS and set(repeat["by_kind"]) == KINDS
        assert first["by_kind"]["html"]["bytes"] > 0 and first["requests"]["median"] >= 3
        assert first["bytes"]["median"] == sum(k["bytes"] for k in first["by_kind"].values())
        assert repeat["bytes"]["median"] < first["bytes"]["median"]  # the repeat view uses the cache

    sizes = report["sizes"]
    assert set(sizes["search_indexes"]["languages"]) == {"en", "fr"}
    assert sizes["search_indexes"]["merged"]["bytes"] >= max(s["bytes"] for s in sizes["search_indexes"]["languages"].values())
    assert {code: pdf["pages"] > 100 for code, pdf in sizes["pdfs"].items()} == {"en": True, "fr": True}
    assert sizes["offline_zip"]["bytes"] > 1_000_000

    budgets = {b["budget"]: b for b in report["budgets"]}
    assert len(budgets) == 3 + 2 + 4 and all(isinstance(b["holds"], bool) for b in budgets.values())
    assert result.returncode == (0 if all(b["holds"] for b in budgets.values()) else 1)

    markdown = (out / "report.md").read_text(encoding="utf-8")
    for heading in ("## Budgets", "## Build", "## Preview", "## Page weight", "## Sizes"):
        assert heading in markdown
    for name in budgets:
        assert f"| {name} |" in markdown
