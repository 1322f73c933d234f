"""`python -m gcg bench`: run every measure on a copy of the project, write bench/report.json and
bench/report.md, and exit 1 when a budget is exceeded (2 when a measure could not be made).
`--languages en,fr --runs 1` is the small fixture `make test` runs to check the report is complete."""
from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import sys
import tempfile
from pathlib import Path

from .. import languages, paths
from . import builds, preview, report, sizes, weight

PAGES = {"home": "", "chapter": "conventions/basel/", "glossary": "glossary/"}
PROJECT_PARTS = ("mkdocs.yml", "mkdocs.offline.yml", "docs", "data", "overrides", "scripts")


def copy_project(target: Path, keep: list[str]) -> Path:
    """The project's sources in `target`, with only the languages in `keep`."""
    target.mkdir(parents=True)
    for name in PROJECT_PARTS:
        source = paths.ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, target / name)
    config = target / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    for language in languages.all_languages():
        if language.code not in keep:
            text = re.sub(rf"^\s*- \{{locale: {language.code},.*\n", "", text, flags=re.M)
            shutil.rmtree(target / "docs" / language.code, ignore_errors=True)
    config.write_text(text, encoding="utf-8")
    return target


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gcg bench")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (the median is reported)")
    parser.add_argument("--languages", default=",".join(languages.codes()), help="comma-separated, default all")
    parser.add_argument("--out", default="bench", help="folder for report.json and report.md")
    args = parser.parse_args(argv)
    keep = args.languages.split(",")
    prefixes = [(l.code, l.prefix) for l in languages.all_languages() if l.code in keep]
    with tempfile.TemporaryDirectory(prefix="gcg-bench-") as tmp:
        project = copy_project(Path(tmp) / "project", keep)
        site = Path(tmp) / "site"
        try:
            results = {"measured_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                       "project": f"{len(keep)} languages ({', '.join(keep)})", "runs": args.runs}
            print("bench: preview ...", flush=True)
            results["preview"] = preview.measure(project, "en", "conventions/basel", max(args.runs, 5) if args.runs > 1 else 1)
            print("bench: build stages and the bare baseline ...", flush=True)
            results["build"] = builds.measure(project, site, keep, args.runs)
            print("bench: page weight ...", flush=True)
            results["page_weight"] = weight.measure(site, PAGES, args.runs)
            results["sizes"] = {"search_indexes": sizes.search_indexes(site, prefixes),
                                "pdfs": sizes.pdfs(site, keep), "offline_zip": sizes.offline_zip(Path(tmp) / "dist")}
        except Exception as exc:  # a measure that cannot be made is an error, not a pass
            print(f"bench: error: {exc}", file=sys.stderr)
            return 2
    results["budgets"] = report.budgets(results)
    out = (paths.ROOT / args.out) if not Path(args.out).is_absolute() else Path(args.out)
    report.write(results, out)
    failed = [b for b in results["budgets"] if not b["holds"]]
    for b in results["budgets"]:
        print(f"bench: {'ok  ' if b['holds'] else 'OVER'} {b['budget']}: {b['value']:g} {b['unit']} (limit {b['limit']:g})")
    print(f"bench: report written to {out}/report.md and report.json")
    return 1 if failed else 0
