"""Sizes a trainer or a reader pays for: each language's search index against one index merging
every language, each PDF (bytes and pages), and the offline zip."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

PREFIX = "var __gcgIndex = "


def _full_index(site: Path, prefix: str) -> dict:
    text = (site / prefix / "search" / "search_index.full.js").read_text(encoding="utf-8").strip()
    return json.loads(text[len(PREFIX):].rstrip(";"))


def search_indexes(site: Path, languages: list[tuple[str, str]]) -> dict:
    """Per language: the bytes a reader downloads for search (stub + full index), raw and gzip; and
    the same for a single index holding every language's documents, as Material would build."""
    per_language, merged_docs = {}, []
    for code, prefix in languages:
        files = [site / prefix / "search" / name for name in ("search_index.js", "search_index.full.js")]
        data = b"".join(path.read_bytes() for path in files)
        per_language[code] = {"bytes": len(data), "gzip": len(gzip.compress(data, 6, mtime=0))}
        merged_docs += _full_index(site, prefix)["docs"]
    config = _full_index(site, languages[0][1])["config"]
    merged = (PREFIX + json.dumps({"config": config, "docs": merged_docs}, ensure_ascii=False,
                                  separators=(",", ":")) + ";").encode("utf-8")
    return {"languages": per_language, "merged": {"bytes": len(merged), "gzip": len(gzip.compress(merged, 6, mtime=0))}}


def pdfs(site: Path, codes: list[str]) -> dict:
    from pypdf import PdfReader

    found = {}
    for code in codes:
        path = site / "downloads" / f"green-customs-guide-{code}.pdf"
        found[code] = {"bytes": path.stat().st_size, "pages": len(PdfReader(path).pages)}
    return found


def offline_zip(dist: Path) -> dict:
    path = dist / "green-customs-guide-offline.zip"
    return {"file": path.name, "bytes": path.stat().st_size}
