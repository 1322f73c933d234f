"""Generate the workshops page from data/workshops.yml: upcoming events first, then past ones by
year (upcoming or past is decided from the dates at build time), with filters by region and
convention that work without a server. A bad entry fails the build, naming the file and entry."""
from html import escape

from mkdocs.exceptions import PluginError

from gcg import chapters, languages, links, model, workshops
from gcg import dates
from gcg.dates import long_date
from gcg.labels import label


def on_page_markdown(markdown, page, config, files):
    if page.meta.get("generate") == "workshop-fields":
        return markdown.rstrip() + "\n\n" + allowed_values(languages.current(config))
    if page.meta.get("generate") != "workshops":
        return markdown
    try:
        events = workshops.load()
    except workshops.WorkshopError as exc:
        raise PluginError(str(exc)) from None
    return markdown.rstrip() + "\n\n" + render(events, page, languages.current(config), files)


def _item(event, page, lang, files):
    names = []
    for chapter_id in event.get("conventions") or []:
        href = links.to_page(page, files, f"conventions/{chapter_id}.md")
        names.append(f'<a href="{href}">{escape(chapters.short_name(f"conventions/{chapter_id}", lang))}</a>')
    place = ", ".join(x for x in (event.get("city"), workshops.country_name(event["country"], lang)) if x)
    when = long_date(event["start"], lang)
    if event["end"] != event["start"]:
        when += " – " + long_date(event["end"], lang)
    details = [
        f'{label("workshop_region", lang)}: {label("region_" + event["region"].replace("-", "_"), lang)}',
        f'{label("workshop_type", lang)}: {label("type_" + event["type"].replace("-", "_"), lang)}',
    ]
    if event.get("organisers"):
        details.append(f'{label("workshop_organisers", lang)}: {escape(", ".join(event["organisers"]))}')
    if names:
        details.append(f'{label("conventions", lang)}: {", ".join(names)}')
    details.append(f'<a href="{escape(event["source"])}">{label("workshop_source", lang)}</a>')
    return (
        f'<li id="{escape(event["id"])}" data-gcg-item data-region="{event["region"]}" '
        f'data-convention="{" ".join(event.get("conventions") or [])}">'
        f'<strong>{escape(workshops.title(event, lang))}</strong><br>{when} · {escape(place)}<br>'
        f'<small>{" · ".join(details)}</small></li>'
    )


def render(events, page, lang, files) -> str:
    today = dates.today()
    upcoming = sorted((e for e in events if e["end"] >= today), key=lambda e: e["start"])
    past = sorted((e for e in events if e["end"] < today), key=lambda e: e["start"], reverse=True)
    regions = "".join(
        f'<option value="{r}">{label("region_" + r.replace("-", "_"), lang)}</option>' for r in workshops.REGIONS)
    conventions = "".join(
        f'<option value="{c}">{escape(chapters.short_name(f"conventions/{c}", lang))}</option>'
        for c in model.CONVENTION_IDS)
    out = [
        f'<div class="gcg-filter" data-target="gcg-workshops">'
        f'<label>{label("workshop_region", lang)} <select data-filter="region"><option value="">{label("filter_all", lang)}</option>{regions}</select></label> '
        f'<label>{label("conventions", lang)} <select data-filter="convention"><option value="">{label("filter_all", lang)}</option>{conventions}</select></label>'
        f'</div>',
        '<div id="gcg-workshops">',
        f'<h2 id="upcoming">{label("workshops_upcoming", lang)}</h2>',
    ]
    if upcoming:
        out.append('<ul class="gcg-workshops">' + "".join(_item(e, page, lang, files) for e in upcoming) + "</ul>")
    else:
        out.append(f"<p>{label('workshops_none_upcoming', lang)}</p>")
    out.append(f'<h2 id="past">{label("workshops_past", lang)}</h2>')
    years = {}
    for event in past:
        years.setdefault(event["start"].year, []).append(event)
    for year, group in years.items():
        out.append(f'<h3 id="year-{year}">{year}</h3><ul class="gcg-workshops">'
                   + "".join(_item(e, page, lang, files) for e in group) + "</ul>")
    out.append("</div>")
    return "\n".join(out)


def allowed_values(lang) -> str:
    """The values the data file accepts, from the same lists the check uses, with their names."""
    def rows(prefix, values):
        return "".join(f'<tr><td><code>{v}</code></td><td>{label(prefix + v.replace("-", "_"), lang)}</td></tr>' for v in values)

    return (
        f'<table><thead><tr><th><code>region</code></th><th>{label("workshop_region", lang)}</th></tr></thead><tbody>{rows("region_", workshops.REGIONS)}</tbody></table>\n\n'
        f'<table><thead><tr><th><code>type</code></th><th>{label("workshop_type", lang)}</th></tr></thead><tbody>{rows("type_", workshops.TYPES)}</tbody></table>\n\n'
        f'<p><code>conventions</code>: {", ".join(f"<code>{c}</code>" for c in model.CONVENTION_IDS)}</p>'
    )
