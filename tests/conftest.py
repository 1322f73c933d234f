"""Build the real site once per test run; every test reads that one build."""
from __future__ import annotations

import json
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


@pytest.fixture(scope="session")
def site_missing_a_translation(tmp_path_factory):
    """The real project with the French home page removed, so French falls back to English, and the
    English Basel chapter changed after it was translated, so every translation of it is outdated."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    (project / "docs" / "fr" / "index.md").unlink()
    basel = project / "docs" / "en" / "conventions" / "basel.md"
    basel.write_text(basel.read_text(encoding="utf-8") + "\nA paragraph added after the translations were made.\n",
                     encoding="utf-8")
    out = tmp_path_factory.mktemp("site-fallback")
    result = build(project, out, "html")
    assert result.returncode == 0, result.stderr[-4000:]
    return out


def page_path(site: Path, lang: str, path: str = "") -> Path:
    """The built HTML file of `path` ('conventions/basel/') in language `lang`."""
    prefix = "" if lang == "en" else f"{lang}/"
    return site / prefix / path / "index.html"


SERVED_PATHS: list[str] = []  # every path the test server was asked for, in order


class _Handler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        SERVED_PATHS.append(self.path)


@pytest.fixture(scope="session")
def served_site(site):
    """The built site over HTTP on a free port of 127.0.0.1, stopped at the end of the run."""
    handler = partial(_Handler, directory=str(site))
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


@pytest.fixture(scope="session")
def offline_bundle(site, tmp_path_factory) -> Path:
    """The offline zip that `make site` wrote, unzipped as a trainer would on a USB stick."""
    import zipfile

    archive = site.parent / "dist" / "green-customs-guide-offline.zip"
    target = tmp_path_factory.mktemp("usb")
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(target)
    return target / "green-customs-guide-offline"


class Edition:
    """Where the pages of one way of reading the guide are: the offline copy on file://, or the site
    served over http on 127.0.0.1."""

    def __init__(self, kind: str, base: str):
        self.kind, self.base = kind, base.rstrip("/") + "/"

    def page(self, lang: str, path: str = "") -> str:
        prefix = "" if lang == "en" else f"{lang}/"
        if self.kind == "file":
            return f"{self.base}guide/{prefix}{path or 'index'}.html"
        return f"{self.base}{prefix}{path + '/' if path else ''}"

    def where(self, url: str) -> tuple[str, str]:
        """(language, page path) of a URL of this edition, ignoring query and fragment."""
        rest = url.split("#")[0].split("?")[0][len(self.base):]
        if self.kind == "file":
            rest = rest[len("guide/"):].removesuffix(".html").removesuffix("index")
        lang, _, inside = rest.partition("/")
        if lang not in LANGS or lang == "en" or not (inside or rest.endswith("/")):
            lang, inside = "en", rest
        return lang, inside.strip("/")

    def is_own(self, url: str) -> bool:
        return url.startswith(self.base if self.kind == "http" else "file://")


@pytest.fixture(scope="session", params=["file", "http"])
def edition(request, offline_bundle, served_site) -> Edition:
    if request.param == "file":
        return Edition("file", offline_bundle.as_uri())
    return Edition("http", served_site)


@pytest.fixture
def tab(browser, edition):
    """A page in a fresh browser context that lets only the edition's own requests through, and
    records the others and every console error."""
    context = browser.new_context()
    page = context.new_page()
    page.blocked, page.errors = [], []

    def route(request_route):
        if edition.is_own(request_route.request.url):
            request_route.continue_()
        else:
            page.blocked.append(request_route.request.url)
            request_route.abort()

    context.route("**/*", route)
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def search(tab, query: str) -> list[str]:
    """Type `query` into the page's search box as a reader does; return the result links."""
    tab.locator("input.md-search__input").click()
    tab.keyboard.type(query, delay=20)
    tab.keyboard.press("End")  # Material searches on key-up; typed non-Latin text sends none
    tab.wait_for_function("document.querySelectorAll('.md-search-result__item a').length > 0", timeout=15000)
    tab.wait_for_timeout(500)  # let the last key-up's results settle
    return tab.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")


def search_index(site: Path, lang: str) -> dict:
    """A language's full search index (search_index.full.js, which the search worker loads)."""
    prefix = "" if lang == "en" else f"{lang}/"
    text = (site / prefix / "search" / "search_index.full.js").read_text(encoding="utf-8")
    return json.loads(text.removeprefix("var __gcgIndex = "))
