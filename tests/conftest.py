"""Build the real site once per test run; every test reads that one build."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LANGS = ["en", "fr", "es", "ar", "ru", "zh"]
TODAY = "2016-01-01"  # a fixed "today" for the workshops page: some events past, some upcoming
CHROMIUM = "/usr/bin/chromium"


def build(project: Path, out: Path, *stages: str) -> subprocess.CompletedProcess:
    """Build `project` with the command `make site` runs, into `out` (only `stages` if given)."""
    env = {**os.environ, "GCG_ROOT": str(project), "GCG_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "gcg", "build", "--site-dir", str(out), *(f"--only={s}" for s in stages)],
        cwd=project, env=env, capture_output=True, text=True,
    )


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "docs", "data", "overrides", "scripts"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, target / name)
    return target


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = build(ROOT, out)
    assert result.returncode == 0, result.stderr[-4000:]
    return out


def page_path(site: Path, lang: str, path: str = "") -> Path:
    """The built HTML file of `path` ('conventions/basel/') in language `lang`."""
    prefix = "" if lang == "en" else f"{lang}/"
    return site / prefix / path / "index.html"


@pytest.fixture(scope="session")
def served_site(site):
    """The built site over HTTP on a free port of 127.0.0.1, stopped at the end of the run."""
    handler = partial(SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"]
    if os.geteuid() == 0:
        args.append("--no-sandbox")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        yield browser
        browser.close()
