"""Assemble one language's handbook as a single HTML document from the built site: a cover, an
imprint, a table of contents, then every page in the reading order of the navigation, grouped in
parts and numbered as on the site. Only each page's article is kept (no header, navigation, search
or switcher); ids are made unique per page, and links between pages become links inside the PDF."""
from __future__ import annotations

import datetime as dt
import posixpath
from html import escape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from .. import languages, links, navigation, paths, yamlfile
from ..dates import long_date
from ..labels import label, nav_translations
from ..model import CONVENTION_IDS, PARTNER_IDS

CSS = Path(__file__).with_name("handbook.css")
REMOVE = ".headerlink, .md-content__button, .gcg-download, .gcg-filter, .md-source-file, .md-feedback"


def anchor(url: str, fragment: str = "") -> str:
    base = "p-" + (url.strip("/").replace("/", "-") or "home")
    return f"{base}--{fragment}" if fragment else base


def assemble(site: Path, lang: str, today: dt.date) -> str:
    language = languages.get(lang)
    prefix = language.prefix
    order = navigation.reading_order()
    urls = {links.page_url(e.path) for e in order if e.number is not None}  # the pages the handbook holds
    site_url = yamlfile.load(paths.MKDOCS_YML).get("site_url", "")
    parts, toc, current_part = [], [], None
    for entry in order:
        if entry.number is None:
            continue  # the home page: its role is played by the cover
        url = links.page_url(entry.path)
        source = site / prefix / url / "index.html"
        soup = BeautifulSoup(source.read_text(encoding="utf-8"), "html.parser")
        article = soup.select_one("article.md-content__inner")
        for node in article.select(REMOVE):
            node.decompose()
        _rewrite(article, url, prefix, urls, site_url, source)
        title = article.find("h1")
        title_text = " ".join(title.get_text().split()) if title else entry.path
        if entry.part != current_part:
            current_part = entry.part
            part_title = nav_translations(lang).get(entry.part, entry.part)
            parts.append(f'<section class="part" id="{anchor("part-" + entry.part.lower())}"><h1 class="part-title">{escape(part_title)}</h1></section>')
            toc.append(f'<li class="toc-part"><a href="#{anchor("part-" + entry.part.lower())}">{escape(part_title)}</a></li>')
        toc.append(f'<li class="toc-chapter"><a href="#{anchor(url)}"><span class="toc-number">{entry.number}</span> {escape(title_text)}</a></li>')
        inner = "".join(str(child) for child in article.children)
        parts.append(f'<article class="chapter" id="{anchor(url)}" data-number="{entry.number}">{inner}</article>')
    site_name = label("site_name", lang)
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="{language.dir}">
<head>
<meta charset="utf-8">
<title>{escape(site_name)}</title>
<meta name="author" content="Green Customs Guide contributors">
<meta name="description" content="{escape(label('site_description', lang))}">
<meta name="keywords" content="customs, multilateral environmental agreements, {lang}">
<meta name="generator" content="Green Customs Guide build (WeasyPrint)">
<meta name="dcterms.created" content="{today.isoformat()}">
<link rel="stylesheet" href="{CSS.as_uri()}">
</head>
<body class="lang-{lang}">
{_cover(lang, today)}
{_imprint(lang, today, site_url + prefix)}
<nav class="toc"><h1 class="toc-title" id="contents">{escape(label('pdf_contents', lang))}</h1><ol>{''.join(toc)}</ol></nav>
{''.join(parts)}
</body>
</html>"""


def _cover(lang: str, today: dt.date) -> str:
    from .. import chapters

    names = [chapters.short_name(f"conventions/{c}", lang) for c in CONVENTION_IDS]
    names += [chapters.short_name(f"partners/{p}", lang) for p in PARTNER_IDS]
    return f"""<section class="cover">
<p class="cover-kicker">{escape(label('site_description', lang))}</p>
<h1 class="cover-title">{escape(label('site_name', lang))}</h1>
<p class="cover-edition">{escape(label('pdf_edition', lang, date=long_date(today, lang)))}</p>
<h2 class="cover-partners-title">{escape(label('pdf_partners_title', lang))}</h2>
<p class="cover-partners">{' · '.join(escape(n) for n in names)}</p>
<p class="cover-licence">CC BY 4.0 — {escape(label('pdf_not_official', lang))}</p>
</section>"""


def _imprint(lang: str, today: dt.date, url: str) -> str:
    cite = f"{label('site_name', lang)}. {label('pdf_edition', lang, date=long_date(today, lang))}. CC BY 4.0. {url}"
    return f"""<section class="imprint">
<h1 class="imprint-title">{escape(label('pdf_imprint_title', lang))}</h1>
<p>{escape(label('pdf_not_official', lang))}</p>
<p>{escape(label('pdf_imprint_licence', lang))} <a href="https://creativecommons.org/licenses/by/4.0/">https://creativecommons.org/licenses/by/4.0/</a></p>
<h2>{escape(label('pdf_imprint_cite', lang))}</h2>
<p class="cite">{escape(cite)}</p>
<p>{escape(label('pdf_imprint_sources', lang))}</p>
</section>"""


def _rewrite(article, url: str, prefix: str, urls: set[str], site_url: str, source: Path) -> None:
    """Make ids unique in the whole document and turn links between pages into links inside it."""
    for node in article.select("[id]"):
        node["id"] = anchor(url, node["id"])
    for node in article.select("details"):
        node["open"] = ""  # collapsible blocks (answer keys) print in full
    for node in article.select("img[src]"):
        node["src"] = urljoin(source.as_uri(), node["src"])
    for link in article.select("a[href]"):
        href = link["href"]
        parts = urlsplit(href)
        if parts.scheme or href.startswith("//"):
            continue
        if not parts.path:  # an anchor on the same page
            link["href"] = "#" + anchor(url, parts.fragment) if parts.fragment else "#" + anchor(url)
            continue
        target = posixpath.normpath(posixpath.join(prefix + url, parts.path))
        target = "" if target == "." else target.rstrip("/") + "/"
        inside = target[len(prefix):] if target.startswith(prefix) else None
        if inside == "/":
            inside = ""
        if inside is not None and inside in urls:
            link["href"] = "#" + (anchor(inside, parts.fragment) if parts.fragment else anchor(inside))
        else:
            link["href"] = urljoin(site_url, target) + (f"#{parts.fragment}" if parts.fragment else "")
