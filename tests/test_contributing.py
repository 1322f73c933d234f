"""What contributors rely on: the GitHub files parse, workflows run only Makefile verbs, the linters
that pre-commit runs pass on the repository as configured there, and the contributing guide is
linked where readers look for it."""
from __future__ import annotations

import re
import subprocess
import sys

import yaml

from conftest import ROOT

MAKEFILE_TARGETS = set(re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M))


def test_every_github_yaml_file_parses():
    files = sorted((ROOT / ".github").rglob("*.yml"))
    assert len(files) >= 8
    for path in files:
        assert isinstance(yaml.safe_load(path.read_text(encoding="utf-8")), dict), path


def test_workflows_run_only_makefile_verbs():
    for path in sorted((ROOT / ".github" / "workflows").glob("*.yml")):
        workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
        runs = [step["run"] for job in workflow["jobs"].values() for step in job.get("steps", []) if "run" in step]
        assert runs, path
        for run in runs:
            match = re.fullmatch(r"(?:sudo )?make ([a-z-]+)(?: [A-Z_]+=\S+)*", run.strip())
            assert match and match.group(1) in MAKEFILE_TARGETS, f"{path.name}: {run!r}"


def _hook(hook_id):
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    return next(hook for repo in config["repos"] for hook in repo["hooks"] if hook["id"] == hook_id)


def _files(hook):
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    pattern = re.compile(hook.get("files", ""))
    return [name for name in tracked if pattern.search(name)]


def test_spell_checker_passes_as_pre_commit_runs_it():
    hook = _hook("codespell")
    result = subprocess.run([sys.executable, "-m", "codespell_lib", *hook.get("args", []), *_files(hook)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_yaml_linter_passes_as_pre_commit_runs_it():
    hook = _hook("yamllint")
    result = subprocess.run([sys.executable, "-m", "yamllint", *hook["args"], "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_markdown_linter_passes_as_pre_commit_runs_it():
    hook = _hook("markdownlint-cli2")
    result = subprocess.run([str(ROOT / "tests" / "node_modules" / ".bin" / "markdownlint-cli2"), *_files(hook)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_contributing_guide_is_linked_and_has_the_sections_the_site_points_to():
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for heading in ("## Fix an error", "## Add or update a chapter", "## Translate a page", "## Add a workshop",
                    "## Add a glossary term", "## How to write", "## How review works"):
        assert heading in guide
    assert "(CONTRIBUTING.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "blob/main/CONTRIBUTING.md" in (ROOT / "docs/en/introduction/about-this-edition.md").read_text(encoding="utf-8")
