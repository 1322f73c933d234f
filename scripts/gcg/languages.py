"""The language editions, read from the i18n plugin's list in mkdocs.yml (the one place they are set)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import paths, yamlfile

RTL = {"ar", "he", "fa", "ur"}


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    default: bool

    @property
    def dir(self) -> str:
        return "rtl" if self.code in RTL else "ltr"

    @property
    def prefix(self) -> str:
        """Path of this edition below the site root: '' for the default language, 'fr/' otherwise."""
        return "" if self.default else f"{self.code}/"


@lru_cache(maxsize=None)
def all_languages() -> tuple[Language, ...]:
    config = yamlfile.load(paths.MKDOCS_YML)
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            return tuple(
                Language(item["locale"], item["name"], bool(item.get("default")))
                for item in plugin["i18n"]["languages"]
            )
    raise yamlfile.DataError(f"{paths.MKDOCS_YML}: error: no i18n plugin with languages")


def codes() -> list[str]:
    return [language.code for language in all_languages()]


def default() -> Language:
    return next(language for language in all_languages() if language.default)


def get(code: str) -> Language:
    return next(language for language in all_languages() if language.code == code)


def split_url(url: str) -> tuple[str, str]:
    """Split a site-root-relative page URL into (language code, path inside that edition)."""
    head, _, rest = url.partition("/")
    if head in codes() and head != default().code and (rest or url.endswith("/")):
        return head, rest
    return default().code, url


def current(config) -> str:
    """The language of the build in progress (mkdocs-static-i18n builds one language at a time)."""
    plugin = config.plugins.get("i18n")
    if plugin is not None and plugin.current_language:
        return plugin.current_language
    return config.theme.get("language") or default().code


def is_fallback(page, config) -> bool:
    """True for a page of a non-default edition built from the English file (not translated yet)."""
    lang = current(config)
    return lang != default().code and getattr(page.file, "locale", lang) != lang


def source_path(src_uri: str) -> str:
    """The path of a page inside its language folder: 'fr/conventions/basel.md' -> 'conventions/basel.md'."""
    head, _, rest = src_uri.partition("/")
    return rest if head in codes() else src_uri
