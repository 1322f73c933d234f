"""Put a notice, in the reader's language, at the top of a page that is not translated yet
(mkdocs-static-i18n builds it from the English file), linking to the English page and to how to help."""
from mkdocs.utils import get_relative_url

from gcg import languages
from gcg.labels import label

HELP_PAGE = "blob/main/CONTRIBUTING.md#translate-a-page"  # in the repository of mkdocs.yml's repo_url


def on_page_content(html, page, config, files):
    if not languages.is_fallback(page, config):
        return html
    lang = languages.current(config)
    _, path = languages.split_url(page.url)
    english = get_relative_url(path or ".", page.url)
    help_url = f"{config.repo_url.rstrip('/')}/{HELP_PAGE}"
    notice = (
        f'<div class="admonition info gcg-fallback" lang="{lang}">'
        f'<p class="admonition-title">{label("fallback_title", lang)}</p>'
        f'<p>{label("fallback_body", lang, english=english, help=help_url)}</p></div>'
    )
    # The English text keeps English language and direction inside an Arabic (right-to-left) page.
    return notice + f'<div class="gcg-fallback-text" lang="en" dir="ltr">{html}</div>'
