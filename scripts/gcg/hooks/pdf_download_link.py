"""Link every page to the PDF handbook in the reader's language. On the home page the link also
shows the PDF's size and page count, filled in once the PDFs are made (gcg/pdf)."""
from mkdocs.utils import get_relative_url

from gcg import languages
from gcg.labels import label

META_SLOT = '<span class="gcg-pdf-meta"></span>'


def pdf_path(lang: str) -> str:
    return f"downloads/green-customs-guide-{lang}.pdf"


def on_page_content(html, page, config, files):
    lang = languages.current(config)
    href = get_relative_url(pdf_path(lang), page.url)
    meta = f" {META_SLOT}" if page.is_homepage or languages.source_path(page.file.src_uri) == "index.md" else ""
    return html + f'<p class="gcg-download"><a href="{href}" download>{label("pdf_download", lang)}</a>{meta}</p>'
