"""Explain every glossary acronym on every page with a tooltip, in the page's language: the Markdown
`abbr` definitions (*[PIC]: prior informed consent) are appended to each page, as Material's own
documentation does, and Material's content.tooltips shows them."""
from gcg import glossary, languages


def on_page_markdown(markdown, page, config, files):
    lang = languages.current(config)
    lines = []
    for entry in glossary.entries():
        words = glossary.words(entry, lang)
        if words["expansion"]:
            lines.append(f"*[{words['term']}]: {words['expansion']}")
    return markdown + "\n\n" + "\n".join(lines) + "\n"
