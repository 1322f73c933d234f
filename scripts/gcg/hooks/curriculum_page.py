"""Render the workshop curriculum (modules, each linked to the guide pages it is taught from) and the
three-day agenda template from data/curriculum.yml, under the "Curriculum and agenda" heading of the
page whose front matter says `generate: curriculum`."""
from html import escape

from mkdocs.exceptions import PluginError

from gcg import chapters, curriculum, languages, links
from gcg.labels import label


def on_page_markdown(markdown, page, config, files):
    if page.meta.get("generate") != "curriculum":
        return markdown
    try:
        data = curriculum.load()
    except curriculum.CurriculumError as exc:
        raise PluginError(str(exc)) from None
    lang = languages.current(config)
    return chapters.insert_after_heading(markdown, "curriculum", render(data, page, files, lang))


def render(data, page, files, lang) -> str:
    modules = {m["id"]: m for m in data["modules"]}
    head = "".join(f"<th>{label(k, lang)}</th>" for k in ("curriculum_module", "curriculum_minutes",
                                                         "curriculum_objectives", "curriculum_pages"))
    rows = []
    for module in data["modules"]:
        w = curriculum.words(module, lang)
        objectives = "".join(f"<li>{escape(o)}</li>" for o in w.get("objectives") or [])
        reading = ", ".join(
            f'<a href="{links.to_page(page, files, p + ".md")}">{escape(chapters.short_name(p, lang))}</a>'
            for p in module.get("pages") or [])
        rows.append(f'<tr id="module-{module["id"]}"><td>{escape(w["title"])}</td><td>{module["minutes"]}</td>'
                    f"<td><ul>{objectives}</ul></td><td>{reading}</td></tr>")
    out = [f'<div class="gcg-curriculum"><table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>']
    for day in data["agenda"]:
        out.append(f'<h3 id="day-{day["day"]}">{label("agenda_day", lang, n=day["day"])}</h3>')
        cells = []
        for session in day["sessions"]:
            if "module" in session:
                title = curriculum.words(modules[session["module"]], lang)["title"]
                text = f'<a href="#module-{session["module"]}">{escape(title)}</a>'
            else:
                text = escape(session.get(lang) or session["en"])
            cells.append(f'<tr><td dir="ltr">{session["start"]}–{session["end"]}</td><td>{text}</td></tr>')
        out.append(f'<div class="gcg-agenda"><table><thead><tr><th>{label("agenda_time", lang)}</th>'
                   f'<th>{label("agenda_session", lang)}</th></tr></thead><tbody>{"".join(cells)}</tbody></table></div>')
    return "\n\n".join(out)
