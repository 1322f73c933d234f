"""`make serve`: the live preview shows an edit to a data file at the next rebuild."""
from __future__ import annotations

import os
import subprocess
import sys
import time

from conftest import copy_project
from gcg.bench.preview import fetch, free_port, stop


def wait_for(url: str, text: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in fetch(url):
            return True
        time.sleep(0.5)
    return False


def test_preview_rebuilds_after_a_data_edit(tmp_path):
    project = copy_project(tmp_path)
    port = free_port()
    env = {**os.environ, "GCG_ROOT": str(project), "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", "--watch", "data"],
        cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/green-customs-guide/glossary/"
        assert wait_for(url, "advance informed agreement", 60), "the preview never served the glossary"
        glossary = project / "data" / "glossary.yml"
        glossary.write_text(glossary.read_text(encoding="utf-8").replace(
            "expansion: advance informed agreement", "expansion: advance informed agreement (edited)"), encoding="utf-8")
        assert wait_for(url, "advance informed agreement (edited)", 60), "the edit never reached the preview"
    finally:
        stop(server)


def test_preview_of_one_language_builds_only_english_and_that_language(tmp_path):
    """`make serve PREVIEW=fr` (GCG_PREVIEW_LANG=fr): French and English are built, the others are not."""
    project = copy_project(tmp_path / "project")
    out = tmp_path / "site"
    env = {**os.environ, "GCG_ROOT": str(project), "GCG_PREVIEW_LANG": "fr", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
                            cwd=project, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (out / "conventions" / "basel" / "index.html").exists()
    assert (out / "fr" / "conventions" / "basel" / "index.html").exists()
    for lang in ("es", "ar", "ru", "zh"):
        assert not (out / lang / "conventions").exists(), f"{lang} was built"
