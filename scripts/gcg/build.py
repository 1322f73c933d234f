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


STAGES = [("html", html)]


def main(site_dir: str = "site") -> int:
    target = (paths.ROOT / site_dir).resolve()
    timings = []
    for name, stage in STAGES:
        started = time.monotonic()
        try:
            stage(target)
        except subprocess.CalledProcessError as exc:
            print(f"build: stage '{name}' failed (exit {exc.returncode})", file=sys.stderr)
            return 1
        timings.append((name, time.monotonic() - started))
    for name, seconds in timings:
        print(f"build: {name:<8} {seconds:6.1f} s")
    print(f"build: site written to {target}/ (English at the root, other languages in {target.name}/<lang>/)")
    return 0
