"""Render the HS-code table of every convention chapter from its front matter, with the standard
caution on HS editions, right under the chapter's "HS codes" heading."""
from html import escape

from gcg import chapters, languages
from gcg.labels import label


def on_page_markdown(markdown, page, config, files):
    if page.meta.get("kind") != "convention":
        return markdown
    lang = languages.current(config)
    return chapters.insert_after_heading(markdown, "hs-codes", render(chapters.facts(page).get("hs_codes") or [], lang))


def render(codes: list, lang: str) -> str:
    head = "".join(f"<th>{label(key, lang)}</th>" for key in ("hs_code", "hs_description", "hs_note"))
    rows = "".join(
        f'<tr id="hs-{escape(str(c["code"])).replace(".", "")}"><td><code dir="ltr">{escape(str(c["code"]))}</code></td>'
        f'<td>{escape(c.get("description", ""))}</td><td>{escape(c.get("note", ""))}</td></tr>'
        for c in codes
    )
    caution = f'<div class="admonition note"><p>{escape(label("hs_caution", lang))}</p></div>'
    # The class sits on a wrapper: Material styles only tables that have no class of their own.
    return f'<div class="gcg-hs-table"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>\n\n{caution}'
