"""The budgets `make bench` holds, and the report it writes (bench/report.json and bench/report.md)."""
from __future__ import annotations

import json
from pathlib import Path

KB = 1024


def budgets(results: dict) -> list[dict]:
    """Every budget with its limit, the measured value and whether it holds."""
    found = []

    def add(name, value, limit, unit):
        found.append({"budget": name, "value": value, "limit": limit, "unit": unit, "holds": value <= limit})

    chapter = results["page_weight"]["chapter"]
    add("Convention chapter, first view, transferred", round(chapter["first"]["bytes"]["median"] / KB, 1), 150, "KB")
    add("Convention chapter, first view, requests", chapter["first"]["requests"]["median"], 15, "requests")
    add("Convention chapter, repeat view, transferred", round(chapter["repeat"]["bytes"]["median"] / KB, 1), 30, "KB")
    merged = results["sizes"]["search_indexes"]["merged"]["bytes"]
    for code, size in results["sizes"]["search_indexes"]["languages"].items():
        add(f"Search index {code} / merged index", round(size["bytes"] / merged, 2), round(1 / 3, 2), "ratio")
    add("HTML build / bare single-language builds", results["build"]["html_ratio"], 1.5, "ratio")
    add("PDFs in parallel / one after another", results["build"]["pdf_parallel_ratio"], 0.7, "ratio")
    add("Preview rebuild after a one-line change", results["preview"]["median"], 3.0, "s")
    add("Offline zip", round(results["sizes"]["offline_zip"]["bytes"] / 1e6, 1), 60, "MB")
    return found


def _fig(summary: dict, unit: str = "s") -> str:
    return f"{summary['median']:g} {unit} (spread {summary['spread']:g}, runs: {', '.join(f'{v:g}' for v in summary['runs'])})"


def markdown(results: dict) -> str:
    build, preview, sizes = results["build"], results["preview"], results["sizes"]
    lines = [
        "# Benchmark report", "",
        f"Measured {results['measured_at']} on {build['cores']} cores; {results['runs']} runs per figure "
        f"(median, spread = max - min). Project: {results['project']}.", "",
        "## Budgets", "", "| Budget | Measured | Limit | Holds |", "|---|---|---|---|",
    ]
    lines += [f"| {b['budget']} | {b['value']:g} {b['unit']} | {b['limit']:g} {b['unit']} | {'yes' if b['holds'] else '**NO**'} |"
              for b in results["budgets"]]
    lines += ["", "## Build", "", "| Stage | Wall time |", "|---|---|"]
    lines += [f"| {name} | {_fig(summary)} |" for name, summary in build["stages"].items()]
    lines += [f"| pdf, one after another | {_fig(build['pdf_sequential'])} |",
              f"| bare MkDocs, {len(build['baseline']['languages'])} single-language builds (sum) | {_fig(build['baseline']['total'])} |",
              "", f"HTML build / bare builds: **{build['html_ratio']}**; PDFs parallel / sequential: "
              f"**{build['pdf_parallel_ratio']}**.", "",
              "## Preview", "", f"`make serve PREVIEW={preview['language']}`, one line added to `{preview['page']}`, "
              f"until the page served shows it: {_fig(preview)}.", "",
              "## Page weight (gzip, as served)", "",
              "| Page | View | Transferred | Requests | HTML | CSS | JavaScript | Fonts | Images | Search index |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    for name, page in results["page_weight"].items():
        for view in ("first", "repeat"):
            data = page[view]
            kinds = " | ".join(f"{data['by_kind'][k]['bytes'] / KB:.1f} KB / {data['by_kind'][k]['requests']:g}"
                               for k in ("html", "css", "javascript", "fonts", "images", "search index"))
            lines.append(f"| {name} (`/{page['url']}`) | {view} | {data['bytes']['median'] / KB:.1f} KB "
                         f"(spread {data['bytes']['spread'] / KB:.1f}) | {data['requests']['median']:g} | {kinds} |")
    lines += ["", "## Sizes", "", "| Item | Bytes | gzip |", "|---|---|---|"]
    for code, size in sizes["search_indexes"]["languages"].items():
        lines.append(f"| search index {code} | {size['bytes']:,} | {size['gzip']:,} |")
    merged = sizes["search_indexes"]["merged"]
    lines.append(f"| one merged index, all languages | {merged['bytes']:,} | {merged['gzip']:,} |")
    for code, pdf in sizes["pdfs"].items():
        lines.append(f"| PDF {code} ({pdf['pages']} pages) | {pdf['bytes']:,} | |")
    lines.append(f"| offline zip | {sizes['offline_zip']['bytes']:,} | |")
    return "\n".join(lines) + "\n"


def write(results: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "report.md").write_text(markdown(results), encoding="utf-8")
