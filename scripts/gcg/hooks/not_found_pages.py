"""Keep a 404 page for every language edition (site/404.html, site/fr/404.html...).

Every language build writes site/404.html, so the i18n plugin keeps only the last language's. After
each language's build this hook moves that language's page into its own folder and puts the English
one back at the root.
"""
import os

from mkdocs.plugins import event_priority

from gcg import languages

_default_page: dict[str, bytes] = {}


@event_priority(50)  # before the i18n plugin starts the next language's build
def on_post_build(config):
    root_page = os.path.join(config.site_dir, "404.html")
    if not os.path.exists(root_page):
        return
    lang = languages.current(config)
    with open(root_page, "rb") as f:
        content = f.read()
    if lang == languages.default().code:
        _default_page["html"] = content
        return
    target = os.path.join(config.site_dir, languages.get(lang).prefix, "404.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as f:
        f.write(content)
    if "html" in _default_page:
        with open(root_page, "wb") as f:
            f.write(_default_page["html"])
