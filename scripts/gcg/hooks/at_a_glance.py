"""Render the "At a glance" box of every convention chapter from its front matter."""
from html import escape

from gcg import chapters, languages
from gcg.dates import long_date
from gcg.labels import label


def on_page_markdown(markdown, page, config, files):
    if page.meta.get("kind") != "convention":
        return markdown
    return chapters.insert_after_heading(markdown, "at-a-glance", render(chapters.facts(page), languages.current(config)))


def render(facts: dict, lang: str) -> str:
    adopted = facts["adopted"]
    parties = facts["parties"]
    rows = [
        ("glance_full_name", escape(facts["full_name"])),
        ("glance_covers", escape(facts["description"])),
        ("glance_adopted", f'{long_date(adopted["date"], lang)}, {escape(adopted["place"])}'),
        ("glance_in_force", long_date(facts["in_force"], lang)),
        ("glance_parties", label("glance_parties_value", lang, count=parties["count"],
                                 date=long_date(parties["as_of"], lang), source=escape(parties["source"]))),
        ("glance_secretariat", escape(facts["secretariat"])),
        ("glance_website", f'<a href="{escape(facts["website"])}">{escape(facts["website"])}</a>'),
        ("glance_last_reviewed", long_date(facts["last_reviewed"], lang)),
    ]
    cells = "".join(f"<tr><th scope=\"row\">{label(key, lang)}</th><td>{value}</td></tr>" for key, value in rows)
    direction = languages.get(lang).dir  # its own direction, also inside an English fallback page
    return f'<div class="gcg-glance" lang="{lang}" dir="{direction}"><table><tbody>{cells}</tbody></table></div>'
