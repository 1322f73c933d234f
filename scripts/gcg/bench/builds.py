"""Build time: each stage of `make site` (html with its search indexes, pdf, offline), the PDFs one
after another for comparison, and the same Markdown built by a bare MkDocs configuration (Material
with search, one language, no hooks, no i18n), one build per language, as the baseline."""
from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

from .runs import summary, timed


def _env(project: Path, **extra) -> dict:
    return {**os.environ, "GCG_ROOT": str(project), "NO_MKDOCS_2_WARNING": "1", **extra}


def stage(project: Path, site: Path, name: str, runs: int, **env) -> dict:
    command = [sys.executable, "-m", "gcg", "build", "--site-dir", str(site), f"--only={name}"]
    return timed(command, runs, cwd=project, env=_env(project, **env))


def bare_config(project: Path, lang: str, site: Path) -> str:
    """A bare mkdocs.yml for one language folder: Material, search, the same Markdown extensions."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    extensions = re.search(r"^markdown_extensions:\n(?:[ \-].*\n)+", text, re.M).group(0)
    return (f"site_name: Baseline {lang}\ndocs_dir: {project / 'docs' / lang}\nsite_dir: {site}\n"
            f"theme:\n  name: material\n  language: {lang}\nplugins:\n  - search\n{extensions}")


def baseline(project: Path, languages: list[str], runs: int) -> dict:
    """Six bare single-language builds; the figure is the sum of their medians."""
    per_language = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in languages:
            config = Path(tmp) / f"mkdocs.{lang}.yml"
            config.write_text(bare_config(project, lang, Path(tmp) / f"site-{lang}"), encoding="utf-8")
            per_language[lang] = timed([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config)],
                                       runs, cwd=tmp, env=_env(project))
    total = summary([sum(r["runs"][i] for r in per_language.values()) for i in range(runs)])
    return {"total": total, "languages": per_language}


def measure(project: Path, site: Path, languages: list[str], runs: int) -> dict:
    html = stage(project, site, "html", runs)
    pdf_sequential = stage(project, site, "pdf", runs, GCG_PDF_WORKERS="1")
    pdf_parallel = stage(project, site, "pdf", runs)  # as `make site` makes them
    offline = stage(project, site, "offline", runs)
    bare = baseline(project, languages, runs)
    return {
        "cores": os.cpu_count(),
        "stages": {"html": html, "pdf": pdf_parallel, "offline": offline},
        "pdf_sequential": pdf_sequential,
        "pdf_parallel_ratio": round(pdf_parallel["median"] / pdf_sequential["median"], 2),
        "baseline": bare,
        "html_ratio": round(html["median"] / bare["total"]["median"], 2),
    }
