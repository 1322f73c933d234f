"""The real linkchecker, as `make check` runs it, finds a broken link and a broken anchor in a small
built fixture site."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from conftest import ROOT

PAGES = {
    "index.md": "# Home\n\n## Start { #start }\n\nSee <a href=\"missing.html\">a missing page</a> "
                "and <a href=\"other.html#nowhere\">a missing anchor</a> and <a href=\"other.html#here\">a good one</a>.\n",
    "other.md": "# Other\n\n## Here { #here }\n\nBack [home](index.md#start).\n",
}


def test_linkchecker_reports_a_broken_link_and_a_broken_anchor():
    with tempfile.TemporaryDirectory() as folder:  # readable by 'nobody', to whom linkchecker drops as root
        project = Path(folder)
        os.chmod(project, 0o755)
        (project / "docs").mkdir()
        for name, text in PAGES.items():
            (project / "docs" / name).write_text(text, encoding="utf-8")
        (project / "mkdocs.yml").write_text("site_name: Fixture\nuse_directory_urls: false\nmarkdown_extensions: [attr_list]\n")
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet"], cwd=project, check=True,
                       env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        result = subprocess.run([sys.executable, "-m", "gcg", "linkcheck", "--site-dir", str(project / "site")],
                                cwd=ROOT, capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    blocks = {re.match(r"URL\s+`([^']*)'", block).group(1): block for block in output.split("\n\n") if block.startswith("URL ")}
    assert "Result     Error" in blocks["missing.html"]
    assert "Anchor `nowhere' (decoded: `nowhere') not" in blocks["other.html#nowhere"]
    assert "1 warning found. 1 error found." in output  # the good link and anchor pass
