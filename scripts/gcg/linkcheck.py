"""`make check` (built-site half): build the site with file URLs that end in .html and run the real
linkchecker over it on file://, internal links and anchors only. With --external, also check external
links and write a report instead of failing (for a scheduled job: slow hosts must not break it)."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from . import paths

RC = paths.ROOT / "scripts" / "linkcheckerrc"


def build_for_checking(target: Path) -> None:
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--no-directory-urls",
                    "--site-dir", str(target)], cwd=paths.ROOT, check=True)


def run_linkchecker(site: Path, external: bool = False, report: Path | None = None) -> int:
    # As root, linkchecker drops to user 'nobody': the files must be readable by everyone.
    for folder, _, files in os.walk(site):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)
    command = [sys.executable, "-m", "linkcheck", "-f", str(RC), "--no-status", str(site / "index.html")]
    if external:
        command[5:5] = ["--check-extern", "--timeout", "20", "-o", "text", "--file-output", f"text/utf-8/{report}"]
    return subprocess.run(command).returncode


def main(site_dir: str | None = None, external: bool = False) -> int:
    if site_dir:
        return run_linkchecker(Path(site_dir).resolve(), external)
    with tempfile.TemporaryDirectory(prefix="gcg-linkcheck-") as folder:
        os.chmod(folder, 0o755)
        site = Path(folder) / "site"
        build_for_checking(site)
        if not external:
            return run_linkchecker(site)
        report = paths.ROOT / "linkcheck-external.txt"
        code = run_linkchecker(site, external=True, report=report)
        print(f"linkcheck: external links checked (exit {code}); report in {report}")
        return 0
