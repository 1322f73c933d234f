"""Rule: every relative link, in Markdown or raw HTML, reaches an existing page, asset or heading id
in the same language (an untranslated page falls back to English, as the build does); no absolute
links to the site itself and none to localhost."""
from __future__ import annotations

import posixpath
from urllib.parse import urlsplit

from .. import paths, yamlfile
from . import Problem
from .corpus import Corpus

LOCAL_HOSTS = {"localhost", "127.0.0.1", "0.0.0.0", "[::1]"}


def site_url(corpus: Corpus) -> str:
    config = corpus.root / "mkdocs.yml"
    return (yamlfile.parse(config.read_text(encoding="utf-8"), str(config)) or {}).get("site_url", "") if config.exists() else ""


def check(corpus: Corpus):
    site = urlsplit(site_url(corpus))
    for doc in corpus.docs:
        for line, target in doc.links:
            problem = _problem(corpus, doc, target, site)
            if problem:
                yield Problem(doc.name, line, "error", problem)


def _problem(corpus, doc, target, site):
    parts = urlsplit(target)
    if parts.scheme in ("mailto", "tel", "javascript", "data"):
        return None  # mail links are allowed; script and data URLs are the unsafe-content rule's
    if parts.scheme or target.startswith("//"):
        if parts.hostname in LOCAL_HOSTS or (parts.hostname or "").endswith(".localhost"):
            return f"link to '{target}': a local address works only on the author's computer"
        if site.hostname and parts.hostname == site.hostname and parts.path.startswith(site.path):
            return f"link to '{target}': an absolute link to the guide itself; use a relative link to the .md file"
        return None
    if target.startswith("/"):
        return f"link to '{target}': an absolute path breaks the offline copy; use a relative link to the .md file"
    path, anchor = parts.path, parts.fragment
    if not path:
        return _anchor_problem(corpus, doc, doc, target, anchor)
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(doc.rel), path))
    if resolved.startswith("../"):
        return f"link to '{target}': it leaves the {doc.lang} edition; link inside docs/{doc.lang}/"
    if path.endswith("/"):
        return f"link to '{target}': a folder; link to the .md file instead"
    if not path.endswith(".md"):
        for lang in (doc.lang, "en"):
            if (corpus.docs_dir / lang / resolved).exists():
                return None
        return f"link to '{target}': no file docs/{doc.lang}/{resolved}"
    page = corpus.doc(doc.lang, resolved) or corpus.doc("en", resolved)
    if page is None:
        return f"link to '{target}': no page docs/{doc.lang}/{resolved} (nor in English)"
    return _anchor_problem(corpus, doc, page, target, anchor) if anchor else None


def _anchor_problem(corpus, doc, page, target, anchor):
    generated = corpus.generated_ids(page)
    if generated is None or anchor in page.ids or anchor in generated:
        return None  # ids of a page made from an unreadable data file are unknown
    english = corpus.doc("en", page.rel)
    if page.lang != "en" and english and anchor in english.ids:
        return (f"link to '{target}': heading id '{anchor}' exists only in the English page; "
                f"{page.name} must keep the English ids")
    return f"link to '{target}': no heading with id '{anchor}' in {page.name}"
