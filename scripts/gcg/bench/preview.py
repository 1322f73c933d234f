"""Preview speed: with `mkdocs serve` running as `make serve PREVIEW=<lang>` runs it (only English and
the language being edited), the time from saving a one-line change in a chapter to the changed
page being served."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from .runs import summary

BASE = "/green-customs-guide/"  # the path of site_url, where `mkdocs serve` serves the site


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def _wait_for(url: str, token: str, limit: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < limit:
        if token in fetch(url):
            return time.monotonic() - started
        time.sleep(0.05)
    raise RuntimeError(f"{url} did not show {token!r} within {limit:.0f} s")


def stop(server: subprocess.Popen) -> None:
    """Stop `mkdocs serve` and its children: SIGINT first (SIGTERM would leave MkDocs' temporary
    folder behind), harder signals if it is still busy with a rebuild."""
    for sig, grace in ((signal.SIGINT, 20), (signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(server.pid, sig)
            server.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue
        except ProcessLookupError:
            return


def measure(project: Path, lang: str, chapter: str, runs: int, limit: float = 120) -> dict:
    """Edit docs/<lang>/<chapter>.md in `project` (a copy: it is changed and restored) while serving."""
    port = free_port()
    log = open(project / "bench-serve.log", "w", encoding="utf-8")  # noqa: SIM115 - closed below
    env = {**os.environ, "GCG_ROOT": str(project), "GCG_PREVIEW_LANG": lang, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}",
         "--watch", "data", "--watch", "overrides", "--watch", "scripts"],
        cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    source = project / "docs" / lang / f"{chapter}.md"
    original = source.read_text(encoding="utf-8")
    prefix = "" if lang == "en" else f"{lang}/"
    url = f"http://127.0.0.1:{port}{BASE}{prefix}{chapter}/"
    values = []
    try:
        _wait_for(url, "</html>", limit)
        for run in range(runs):
            token = f"gcg-bench-edit-{run}-{time.time_ns()}"
            time.sleep(1.0)  # let the watcher settle after the previous build
            started = time.monotonic()
            source.write_text(original + f"\n{token}\n", encoding="utf-8")
            _wait_for(url, token, limit)
            values.append(time.monotonic() - started)
    except RuntimeError as exc:
        log.flush()
        tail = (project / "bench-serve.log").read_text(encoding="utf-8")[-3000:]
        raise RuntimeError(f"{exc}\nmkdocs serve said:\n{tail}") from None
    finally:
        log.close()
        source.write_text(original, encoding="utf-8")
        stop(server)
    return {"language": lang, "page": f"{chapter}.md", **summary(values)}
