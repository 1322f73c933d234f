"""Point the language switcher at the same page in each language, with links relative to the page,
so that it works on any host and from file:// (the i18n plugin links home pages to absolute '/fr/')."""
from mkdocs.plugins import event_priority

from gcg import languages


@event_priority(-50)  # after mkdocs-static-i18n has set its own links
def on_page_context(context, page, config, nav):
    _, path = languages.split_url(page.url)
    alternate = [
        {
            "name": language.name,
            "lang": language.code,
            "link": (language.prefix + path) or "./",
        }
        for language in languages.all_languages()
    ]
    # mkdocs-static-i18n sets both the attribute and the key; templates read the attribute first
    config.extra["alternate"] = alternate
    setattr(config.extra, "alternate", alternate)
    return context
