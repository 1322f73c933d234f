"""One search index per language edition.

mkdocs-static-i18n builds the languages one after another into one site and merges them all into a
single search/search_index.json, so a French reader gets English, Arabic and Chinese hits. This hook
splits the merged entries by edition and writes each edition its own index (site/search/ for English,
site/fr/search/ for French...) with that language's stemmer and word separator and locations relative
to the edition; search_index.js beside it serves readers on file://. Each page's search base is then
pointed at its own edition.
"""
import json
import os
import re

from mkdocs.plugins import event_priority

from gcg import languages

STEMMING_WORKER = "search-stemmed.js"  # overrides/assets/javascripts/workers/
FULL_INDEX = "search_index.full.js"   # loaded by that worker at the first query
CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


@event_priority(10)  # before the search plugin indexes the page
def on_page_context(context, page, config, nav):
    """Keep English text out of the other editions' indexes (pages not translated yet)."""
    if languages.is_fallback(page, config):
        page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    return context


@event_priority(-60)  # after the i18n plugin's page context
def on_post_page(output, page, config):
    return point_search(output, languages.split_url(page.url)[0])


def on_post_template(output, template_name, config):
    """The 404 page of each language searches that language too."""
    return point_search(output, languages.current(config)) if template_name == "404.html" else output


def point_search(output, lang):
    """Point a page's search at its own edition's index, through the worker that stems queries."""
    prefix = languages.get(lang).prefix

    def rebase(match):
        data = json.loads(match.group(2))
        data["base"] = data["base"].rstrip("/") + "/" + prefix if prefix else data["base"]
        folder, _, worker = data["search"].rpartition("/")
        data["search"] = f"{folder}/{STEMMING_WORKER}?worker={worker}"
        return match.group(1) + json.dumps(data, ensure_ascii=False) + match.group(3)

    return CONFIG_SCRIPT.sub(rebase, output, count=1)


@event_priority(-200)  # after the i18n plugin has built every language and merged their entries
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and i18n.building:
        return  # a nested language build: wait for the outer build to finish
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    entries = {language.code: [] for language in languages.all_languages()}
    for entry in plugin.search_index.entries:
        lang, path = languages.split_url(entry["location"])
        entries[lang].append({**entry, "location": path})
    env = config.theme.get_env()
    for lang, docs in entries.items():
        settings = search_settings(env, lang, plugin)
        if lang == "zh":
            add_chinese_subwords(docs, settings)
        write_index(config.site_dir, lang, {"config": settings, "docs": docs})


def add_chinese_subwords(docs, settings):
    """Material segments Chinese text into words with jieba, but long words hide the shorter words they
    contain: 危险废物 (hazardous waste) is one token, so a search for 废物 (waste) finds nothing. Index
    the shorter words too, in a field of their own, so that the text shown in results stays clean."""
    import jieba

    settings["fields"] = {**settings["fields"], "subwords": {"boost": 1.0}}
    for doc in docs:
        words = set()
        for token in doc["text"].split("\u200b"):
            if len(token) > 2 and any("\u4e00" <= ch <= "\u9fff" for ch in token):
                words.update(w for w in jieba.cut_for_search(token) if len(w) > 1 and w != token)
        if words:
            doc["subwords"] = "\u200b".join(sorted(words))


def search_settings(env, lang, plugin):
    """The lunr settings of one language, from Material's own translation of its search options."""
    words = env.get_template(f"partials/languages/{lang}.html").module
    english = env.get_template("partials/languages/en.html").module

    def t(key):
        return str(words.t(key) or english.t(key))

    # Stemming in the reader's language. Chinese has no lunr stemmer that runs in the browser (lunr.zh
    # needs Node's jieba): Material indexes it as jieba-segmented words split on U+200B instead.
    stemmer = str(words.t("search.config.lang")) or (lang if lang != "zh" else "en")
    # Words are stemmed in the index and, by overrides/.../search-stemmed.js, in the query. Chinese
    # keeps Material's own setting: jieba-segmented words, no stemmer.
    if lang == "zh":
        pipeline = [step for step in re.split(r"\s*,\s*", t("search.config.pipeline").strip()) if step]
    else:
        pipeline = ["trimmer", "stopWordFilter", "stemmer"]
    return {
        "lang": [stemmer],
        "separator": t("search.config.separator"),
        "pipeline": pipeline,
        "fields": plugin.config.fields,
    }


def write_index(site_dir, lang, index):
    """The page loads search_index.json (or .js from file://): the settings and no pages, a few hundred
    bytes. search_index.full.js holds the pages; the search worker loads it at the first query."""
    prefix = languages.get(lang).prefix
    folder = os.path.join(site_dir, prefix, "search")
    os.makedirs(folder, exist_ok=True)
    stub = json.dumps({"config": {**index["config"], "gcg_full": f"{prefix}search/{FULL_INDEX}"}, "docs": []},
                      ensure_ascii=False, separators=(",", ":"))
    with open(os.path.join(folder, "search_index.json"), "w", encoding="utf-8") as f:
        f.write(stub)
    with open(os.path.join(folder, "search_index.js"), "w", encoding="utf-8") as f:
        f.write("var __index = " + stub)
    with open(os.path.join(folder, FULL_INDEX), "w", encoding="utf-8") as f:
        f.write("var __gcgIndex = " + json.dumps(index, ensure_ascii=False, separators=(",", ":")))
