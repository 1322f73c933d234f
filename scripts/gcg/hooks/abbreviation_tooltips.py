"""Explain every glossary acronym on every page with a tooltip, in the page's language: the Markdown
`abbr` definitions (*[PIC]: prior informed consent) are appended to each page, as Material's own
documentation does, and Material's content.tooltips shows them. Only the acronyms that occur in the
page are appended: the abbr extension then has less to search for, which keeps `make serve` quick."""

from gcg import glossary, languages


def on_page_markdown(markdown, page, config, files):
    lang = languages.current(config)
    lines = []
    for entry in glossary.entries():
        words = glossary.words(entry, lang)
        if words["expansion"] and words["term"] in markdown:
            lines.append(f"*[{words['term']}]: {words['expansion']}")
    return markdown + "\n\n" + "\n".join(lines) + "\n"
