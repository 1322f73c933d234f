"""Give every language edition its site name, description, footer licence and navigation titles
from data/labels.yml, so that these words are typed in one place."""
from mkdocs.plugins import event_priority

from gcg import languages
from gcg.labels import label, nav_translations


@event_priority(100)  # before mkdocs-static-i18n reads its per-language settings
def on_config(config):
    default = languages.default().code
    config.site_name = label("site_name", default)
    config.site_description = label("site_description", default)
    config.copyright = label("copyright", default)
    for language in config.plugins["i18n"].config.languages:
        code = language.locale
        language.site_name = label("site_name", code)
        language.site_description = label("site_description", code)
        language.copyright = label("copyright", code)
        language.nav_translations = nav_translations(code)
    return config


def on_env(env, config, files):
    """Templates (the 404 page) write labels with {{ gcg_label("key") }} in the build's language."""
    env.globals["gcg_label"] = lambda key, **values: label(key, languages.current(config), **values)
    return env
