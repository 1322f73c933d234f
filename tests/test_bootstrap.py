"""scripts/bootstrap.sh, run by make site and make test: without root it installs no Debian package
but prints the exact apt-get line for what is missing, and stops."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from conftest import ROOT


def test_without_root_it_prints_the_install_line():
    with tempfile.TemporaryDirectory() as folder:  # readable by 'nobody', unlike pytest's tmp_path
        Path(folder).chmod(0o755)
        check_prints_install_line(Path(folder))


def check_prints_install_line(tmp_path):
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    shutil.copy(ROOT / "scripts" / "bootstrap.sh", scripts)
    (scripts / "debian-packages.txt").write_text("coreutils   # installed everywhere\ngcg-no-such-package\n")
    command = ["bash", str(scripts / "bootstrap.sh")]
    if os.geteuid() == 0:
        command = ["runuser", "-u", "nobody", "--"] + command
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 1
    assert "sudo apt-get install -y --no-install-recommends gcg-no-such-package\n" in result.stderr
    assert not (tmp_path / ".venv").exists()
