"""Set each language's handbook with WeasyPrint, in parallel across the cores. Any error or warning
WeasyPrint reports (a missing image, a font or CSS problem) fails the build, naming the language."""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
from html import escape
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .. import languages
from ..hooks.pdf_download_link import pdf_path
from ..labels import label
from .assemble import assemble


class PdfError(Exception):
    pass


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def render_one(site: str, lang: str, today: str) -> tuple[str, int, int]:
    """Write one language's PDF; return (path, bytes, pages)."""
    import weasyprint

    collect = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collect)
    try:
        html = assemble(Path(site), lang, dt.date.fromisoformat(today))
        document = weasyprint.HTML(string=html, base_url=str(Path(site) / languages.get(lang).prefix)).render()
        target = Path(site) / pdf_path(lang)
        target.parent.mkdir(parents=True, exist_ok=True)
        document.write_pdf(target)
    except Exception as exc:  # noqa: BLE001 - any failure is reported with the language
        raise PdfError(f"PDF {lang}: {type(exc).__name__}: {exc}") from None
    finally:
        logger.removeHandler(collect)
    if collect.messages:
        raise PdfError(f"PDF {lang}: WeasyPrint reported:\n  " + "\n  ".join(collect.messages[:20]))
    return str(target), target.stat().st_size, len(document.pages)


def render_all(site: Path, today: dt.date, workers: int | None = None) -> dict[str, tuple[str, int, int]]:
    """All languages' PDFs, as many at once as there are cores (GCG_PDF_WORKERS=1: one after another,
    which `make bench` uses to measure what parallel rendering gains)."""
    codes = languages.codes()
    workers = workers or int(os.environ.get("GCG_PDF_WORKERS") or 0) or os.cpu_count()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {code: pool.submit(render_one, str(site), code, today.isoformat()) for code in codes}
        return {code: future.result() for code, future in futures.items()}


def fill_home_pages(site: Path, made: dict[str, tuple[str, int, int]]) -> None:
    """Write each PDF's size and page count beside the download link of its language's home page."""
    for lang, (_, size, pages) in made.items():
        home = site / languages.get(lang).prefix / "index.html"
        text = label("pdf_download_meta", lang, size=f"{size / 1e6:.1f}", pages=pages)
        html = home.read_text(encoding="utf-8")
        slot = re.search(r'<span class="gcg-pdf-meta">[^<]*</span>', html)  # empty, or filled by an earlier run
        if slot is None:
            raise PdfError(f"PDF {lang}: no download link on {home} to show its size and pages")
        filled = f'<span class="gcg-pdf-meta">({escape(text)})</span>'
        home.write_text(html[:slot.start()] + filled + html[slot.end():], encoding="utf-8")
