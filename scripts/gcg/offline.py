"""The offline edition for USB sticks: the site built for file:// (mkdocs.offline.yml) with the PDFs,
a start page that leads to each language, and a README.txt in the six languages, zipped into
dist/green-customs-guide-offline.zip and a copy named with the edition date."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import zipfile
from html import escape
from pathlib import Path

from . import languages, paths
from .hooks.pdf_download_link import pdf_path
from .labels import label

NAME = "green-customs-guide-offline"
CONFIG = paths.ROOT / "mkdocs.offline.yml"


def start_page() -> str:
    items = []
    for language in languages.all_languages():
        code, home = language.code, f"guide/{language.prefix}index.html"
        items.append(
            f'<li lang="{code}" dir="{language.dir}"><a href="{home}">{escape(label("offline_open", code))}</a>'
            f' · <a href="guide/{pdf_path(code)}">{escape(label("offline_pdf", code))}</a></li>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(label("offline_title", "en"))}</title>
<style>body{{font-family:system-ui,"Noto Sans",sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6}}
h1{{color:#1b5e20}} a{{color:#1b5e20}} li{{margin:.6rem 0;font-size:1.15rem}}</style></head>
<body><h1>{escape(label("offline_title", "en"))}</h1><ul>{"".join(items)}</ul>
<p>{escape(label("pdf_not_official", "en"))}</p></body></html>
"""


def readme() -> str:
    blocks = [f"{label('offline_title', code)}\n{label('offline_readme', code)}\n" for code in languages.codes()]
    return "\n".join(blocks).replace("\n", "\r\n")  # readable in Windows Notepad too


def build(site_dir: Path, dist: Path, today: dt.date) -> Path:
    root = dist / NAME
    shutil.rmtree(root, ignore_errors=True)
    guide = root / "guide"
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(CONFIG),
                    "--site-dir", str(guide)], cwd=paths.ROOT, check=True)
    shutil.copytree(site_dir / "downloads", guide / "downloads")
    (root / "index.html").write_text(start_page(), encoding="utf-8")
    (root / "README.txt").write_text(readme(), encoding="utf-8")
    archive = dist / f"{NAME}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(root.rglob("*")):
            zf.write(path, path.relative_to(dist))
    shutil.copyfile(archive, dist / f"{NAME}-{today.isoformat()}.zip")
    return archive
