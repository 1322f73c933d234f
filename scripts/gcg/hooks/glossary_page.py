"""Generate the glossary page from data/glossary.yml: alphabetical, grouped by letter, one anchor per
term, each linking to its chapters. The page's own Markdown (front matter `generate: glossary`) keeps
its introduction; the list is appended in the page's language."""
from html import escape

from mkdocs.utils import get_relative_url

from gcg import chapters, glossary, languages, model


def on_page_markdown(markdown, page, config, files):
    if page.meta.get("generate") != "glossary":
        return markdown
    return markdown.rstrip() + "\n\n" + render(page, languages.current(config), files)


def _chapter_link(chapter_id, page, files, lang):
    folder = "conventions" if chapter_id in model.CONVENTION_IDS else "partners"
    target = files.get_file_from_path(f"{lang}/{folder}/{chapter_id}.md") or files.get_file_from_path(
        f"{folder}/{chapter_id}.md")
    if target is None:
        return None
    title = chapters.short_name(folder, chapter_id, lang)
    return f'<a href="{get_relative_url(target.url, page.url)}">{escape(title)}</a>'


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
            links = [link for link in (_chapter_link(c, page, files, lang) for c in entry.get("chapters") or []) if link]
            seealso = f'<br><span class="gcg-chapters">→ {", ".join(links)}</span>' if links else ""
            out.append(f'<dt id="{escape(entry["id"])}">{name}</dt><dd>{escape(w["definition"])}{seealso}</dd>')
        out.append("</dl>")
    return "\n".join(out)
