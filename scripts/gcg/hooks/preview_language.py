"""`make serve LANG=fr`: a faster preview. Build only English and the language being edited (LANG=en
builds English only; without LANG every language is built), and keep Jinja's compiled templates
between rebuilds instead of compiling Material's 49 templates again at every save."""
import os
import tempfile
from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from mkdocs.plugins import event_priority

CACHE = Path(tempfile.gettempdir()) / "gcg-preview-templates"


def _preview_language():
    return os.environ.get("GCG_PREVIEW_LANG")


@event_priority(100)  # before mkdocs-static-i18n reads its languages
def on_config(config):
    wanted = _preview_language()
    if wanted:
        for language in config.plugins["i18n"].config.languages:
            language.build = language.default or language.locale == wanted
    return config


def on_env(env, config, files):
    if _preview_language():
        CACHE.mkdir(exist_ok=True)
        env.bytecode_cache = FileSystemBytecodeCache(str(CACHE))  # keyed by each template's source
    return env
