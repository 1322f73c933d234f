"""Generate the translation status page (front matter `generate: translation-status`): for each
language, how many pages are up to date, outdated or missing, and which, with links to each English
page and its source file. Also give templates the link to it, for the footer of every page."""
from html import escape

from babel.numbers import format_percent
from mkdocs.utils import get_relative_url

from gcg import chapters, languages, links, translation_status
from gcg.labels import label

STATUS_PAGE = "translation-status.md"


def on_env(env, config, files):
    def status_href(page):
        target = files.get_file_from_path(STATUS_PAGE)
        return get_relative_url(target.url, page.url) if target is not None and page is not None else None
    env.globals["gcg_status_href"] = status_href
    return env


def on_page_markdown(markdown, page, config, files):
    if page.meta.get("generate") != "translation-status":
        return markdown
    return markdown.rstrip() + "\n\n" + render(page, config, languages.current(config))


def _url_in(code: str, english_url: str) -> str:
    return languages.get(code).prefix + english_url


def render(page, config, lang: str) -> str:
    others = [language for language in languages.all_languages() if not language.default]
    tables = {language.code: translation_status.of_language(language.code) for language in others}
    head = "".join(f"<th>{label(key, lang)}</th>" for key in
                   ("status_language", "status_translated", "status_outdated", "status_missing", "status_complete"))
    rows = []
    for language in others:
        states = [status.state for status in tables[language.code]]
        counts = [states.count(state) for state in translation_status.STATES]
        share = round(100 * counts[0] / len(states)) if states else 0
        rows.append(
            f'<tr data-lang="{language.code}"><td><a href="#{language.code}">{escape(language.name)}</a></td>'
            + "".join(f'<td data-state="{state}">{count}</td>' for state, count in zip(translation_status.STATES, counts))
            + f'<td data-complete="{share}">{format_percent(share / 100, locale=lang, numbering_system="latn")}</td></tr>')
    parts = [f'<table class="gcg-status"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>']
    repo = config.repo_url.rstrip("/") if config.repo_url else ""
    for language in others:
        parts.append(f'<h2 id="{language.code}" lang="{language.code}" dir="{language.dir}">{escape(language.name)}</h2>')
        head = "".join(f"<th>{label(key, lang)}</th>" for key in ("status_page", "status_translation", "status_state"))
        body = []
        for status in tables[language.code]:
            english_url = links.page_url(status.path, config.use_directory_urls)
            title = escape(chapters.short_name(status.path[:-3], "en"))
            source = f' (<a href="{repo}/blob/main/docs/en/{status.path}">{label("status_source", lang)}</a>)' if repo else ""
            cells = [f'<a href="{get_relative_url(english_url or ".", page.url)}" lang="en">{title}</a>{source}']
            if status.state == "missing":
                cells.append("—")
            else:
                translated = escape(chapters.short_name(status.path[:-3], language.code))
                href = get_relative_url(_url_in(language.code, english_url) or ".", page.url)
                cells.append(f'<a href="{href}" lang="{language.code}" dir="{language.dir}">{translated}</a>')
            cells.append(label(f"status_state_{status.state}", lang))
            body.append(f'<tr data-state="{status.state}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        parts.append(f'<table class="gcg-status-pages"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>')
    return "\n\n".join(parts)
