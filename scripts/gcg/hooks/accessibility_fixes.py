"""Fix what axe-core finds serious in Material's own markup: the search dialog has no accessible name
(it gets one, in the page's language). Colours and link underlines are fixed in guide.css."""
from gcg import languages
from gcg.labels import label

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def on_post_page(output, page, config):
    name = label("search_dialog", languages.current(config))
    return output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{name}">', 1)
