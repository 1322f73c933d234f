"""Put a notice, in the reader's language, at the top of a translated page whose English page has
changed since it was translated (its translated_from is not the English file's current version),
linking to the English page."""
from mkdocs.utils import get_relative_url

from gcg import languages, translation_status
from gcg.labels import label


def on_page_content(html, page, config, files):
    lang = languages.current(config)
    if lang == languages.default().code or languages.is_fallback(page, config):
        return html
    status = translation_status.of_page(lang, languages.source_path(page.file.src_uri))
    if status.state != "outdated":
        return html
    _, path = languages.split_url(page.url)
    english = get_relative_url(path or ".", page.url)
    notice = (
        f'<div class="admonition warning gcg-outdated" lang="{lang}">'
        f'<p class="admonition-title">{label("outdated_title", lang)}</p>'
        f'<p>{label("outdated_body", lang, english=english)}</p></div>'
    )
    return notice + html
