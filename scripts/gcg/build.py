"""`make site`: build every output in stages, timing each, and fail on the first error."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from . import paths


def html(site_dir: Path) -> None:
    """The six-language site, strictly: any MkDocs warning fails the build."""
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site_dir)],
        cwd=paths.ROOT, check=True,
    )


def pdf(site_dir: Path) -> None:
    """One PDF handbook per language, in parallel; the home pages then show each one's size and pages."""
    from . import dates
    from .pdf import render

    made = render.render_all(site_dir, dates.today())
    for lang, (path, size, pages) in made.items():
        print(f"build: pdf {lang}: {Path(path).relative_to(site_dir)} {size / 1e6:.1f} MB, {pages} pages")
    render.fill_home_pages(site_dir, made)


def offline(site_dir: Path) -> None:
    """The offline edition (needs the PDFs), zipped into dist/."""
    from . import dates
    from . import offline as edition

    archive = edition.build(site_dir, site_dir.parent / "dist", dates.today())
    print(f"build: offline: {archive} {archive.stat().st_size / 1e6:.1f} MB")


STAGES = [("html", html), ("pdf", pdf), ("offline", offline)]


def main(site_dir: str = "site", only: list[str] | None = None) -> int:
    target = (paths.ROOT / site_dir).resolve()
    timings = []
    for name, stage in STAGES:
        if only and name not in only:
            continue
        started = time.monotonic()
        try:
            stage(target)
        except subprocess.CalledProcessError as exc:
            print(f"build: stage '{name}' failed (exit {exc.returncode})", file=sys.stderr)
            return 1
        except Exception as exc:  # a stage's own error (a PDF that could not be made) names its cause
            print(f"build: stage '{name}' failed: {exc}", file=sys.stderr)
            return 1
        timings.append((name, time.monotonic() - started))
    for name, seconds in timings:
        print(f"build: {name:<8} {seconds:6.1f} s")
    print(f"build: site written to {target}/ (English at the root, other languages in {target.name}/<lang>/)")
    return 0
