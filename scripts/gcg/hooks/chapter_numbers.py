"""Show each page's chapter number above its title ("Chapter 12"), from the reading order of the
navigation, so that the site and the PDF handbook number chapters alike."""
from gcg import languages, navigation
from gcg.labels import label


def on_page_content(html, page, config, files):
    number = navigation.chapter_number(languages.source_path(page.file.src_uri))
    if number is None:
        return html
    return f'<p class="gcg-chapter-number">{label("chapter_number", languages.current(config), n=number)}</p>' + html
