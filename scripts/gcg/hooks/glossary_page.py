"""Generate the glossary page from data/glossary.yml: alphabetical, grouped by letter, one anchor per
term, each linking to its chapters. The page's own Markdown (front matter `generate: glossary`) keeps
its introduction; the list is appended in the page's language."""
from html import escape

from gcg import chapters, glossary, languages, links, model


def on_page_markdown(markdown, page, config, files):
    if page.meta.get("generate") != "glossary":
        return markdown
    return markdown.rstrip() + "\n\n" + render(page, languages.current(config), files)


def _chapter_link(chapter_id, page, files, lang):
    folder = "conventions" if chapter_id in model.CONVENTION_IDS else "partners"
    href = links.to_page(page, files, f"{folder}/{chapter_id}.md")
    return f'<a href="{href}">{escape(chapters.short_name(f"{folder}/{chapter_id}", lang))}</a>'


def render(page, lang, files) -> str:
    items = sorted(glossary.entries(), key=lambda e: glossary.words(e, lang)["term"].casefold())
    groups: dict[str, list] = {}
    for entry in items:
        first = glossary.words(entry, lang)["term"][:1].upper()
        groups.setdefault(first if first.isalpha() else "#", []).append(entry)
    out = []
    for letter, group in groups.items():
        out.append(f'<h2 class="gcg-glossary-letter">{escape(letter)}</h2>\n<dl class="gcg-glossary">')
        for entry in group:
            w = glossary.words(entry, lang)
            name = escape(w["term"]) + (f' <span class="gcg-expansion">({escape(w["expansion"])})</span>' if w["expansion"] else "")
            chapter_links = [_chapter_link(c, page, files, lang) for c in entry.get("chapters") or []]
            seealso = f'<br><span class="gcg-chapters">→ {", ".join(chapter_links)}</span>' if chapter_links else ""
            out.append(f'<dt id="{escape(entry["id"])}">{name}</dt><dd>{escape(w["definition"])}{seealso}</dd>')
        out.append("</dl>")
    return "\n".join(out)
