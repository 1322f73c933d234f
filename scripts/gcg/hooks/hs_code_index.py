"""Generate the HS-code index from every convention chapter's `hs_codes` front matter: each code once,
sorted, with its description, every convention that names it (linking to that chapter's HS section)
and their notes, plus a filter box that works offline. The page (front matter `generate: hs-index`)
keeps its own introduction."""
from html import escape

from gcg import chapters, languages, links, model
from gcg.labels import label


def on_page_markdown(markdown, page, config, files):
    if page.meta.get("generate") != "hs-index":
        return markdown
    return markdown.rstrip() + "\n\n" + render(page, languages.current(config), files)


def collect(lang: str) -> dict[str, list[tuple[str, str, dict]]]:
    """code -> [(chapter id, chapter short name, code entry)] across all chapters, in `lang`."""
    codes: dict[str, list] = {}
    for chapter_id in model.CONVENTION_IDS:
        facts = chapters.facts_in(chapter_id, lang)
        for entry in facts.get("hs_codes") or []:
            codes.setdefault(str(entry["code"]), []).append((chapter_id, facts.get("short_name", chapter_id), entry))
    return dict(sorted(codes.items()))


def render(page, lang, files) -> str:
    rows = []
    for code, uses in collect(lang).items():
        hrefs, notes, descriptions = [], [], []
        for chapter_id, name, entry in uses:
            href = links.to_page(page, files, f"conventions/{chapter_id}.md") + "#hs-codes"
            hrefs.append(f'<a href="{href}">{escape(name)}</a>')
            if entry.get("description") and entry["description"] not in descriptions:
                descriptions.append(entry["description"])
            if entry.get("note"):
                notes.append(f"<strong>{escape(name)}:</strong> {escape(entry['note'])}")
        rows.append(
            f'<tr id="hs-{code.replace(".", "")}"><td><code dir="ltr">{escape(code)}</code></td>'
            f'<td>{"<br>".join(escape(d) for d in descriptions)}</td><td>{"<br>".join(hrefs)}</td>'
            f'<td>{"<br>".join(notes)}</td></tr>'
        )
    head = "".join(f"<th>{label(key, lang)}</th>" for key in ("hs_code", "hs_description", "conventions", "hs_note"))
    return (
        f'<div class="gcg-filter" data-target="gcg-hs-index"><label>{label("filter_label", lang)} '
        f'<input type="search" placeholder="{escape(label("filter_hs_placeholder", lang))}"></label></div>\n\n'
        f'<div class="admonition note"><p>{escape(label("hs_caution", lang))}</p></div>\n\n'
        f'<div id="gcg-hs-index" class="gcg-hs-table"><table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
    )
