"""The workshops data (data/workshops.yml), validated when read: a bad entry stops the build with a
message naming the file, the line and the entry."""
from __future__ import annotations

import datetime as dt
import re

import yaml
from babel import Locale

from . import languages, model, paths, yamlfile

WORKSHOPS_YML = paths.DATA / "workshops.yml"
REGIONS = ["africa", "asia-pacific", "europe", "latin-america-caribbean", "north-america", "west-asia"]
TYPES = ["regional", "sub-regional", "national", "train-the-trainer", "conference"]
REQUIRED = ["id", "title", "start", "end", "country", "region", "type", "organisers", "conventions", "languages", "source"]


class WorkshopError(Exception):
    pass


class _Loader(yamlfile.SafeLoader):
    """Keeps an impossible date (2019-02-30) as text, so it is reported with its entry, not as a crash."""


def _timestamp(loader, node):
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def country_name(code: str, lang: str) -> str:
    return Locale.parse(lang).territories.get(code, code)


def _lines(text: str) -> dict[str, int]:
    return {m.group(1): text[: m.start()].count("\n") + 1 for m in re.finditer(r"^- id:\s*(\S+)", text, re.M)}


def problems(text: str, name: str):
    """Yield 'file:line: error: message' for every invalid entry."""
    try:
        items = yaml.load(text, Loader=_Loader) or []
    except yaml.YAMLError as exc:
        line, problem = yamlfile.error_position(exc)
        yield f"{name}:{line + 1}: error: malformed YAML: {problem}"
        return
    lines = _lines(text)
    territories = Locale.parse("en").territories
    seen = set()
    for index, item in enumerate(items):
        ident = item.get("id", f"entry {index + 1}") if isinstance(item, dict) else f"entry {index + 1}"
        where = f"{name}:{lines.get(str(ident), 1)}: error: workshop '{ident}'"
        if not isinstance(item, dict):
            yield f"{where}: must be a mapping of fields"
            continue
        for field in REQUIRED:
            if field not in item:
                yield f"{where}: missing field '{field}'"
        if ident in seen:
            yield f"{where}: id is used twice"
        seen.add(ident)
        start, end = item.get("start"), item.get("end")
        for field, value in (("start", start), ("end", end)):
            if field in item and not isinstance(value, dt.date):
                yield f"{where}: {field} {value!r} is not a date (YYYY-MM-DD)"
        if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
            yield f"{where}: ends ({end}) before it starts ({start})"
        country = item.get("country")
        if "country" in item and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country) and country in territories):
            yield f"{where}: country {country!r} is not an ISO 3166-1 alpha-2 code"
        if "region" in item and item["region"] not in REGIONS:
            yield f"{where}: region {item['region']!r} is not one of {', '.join(REGIONS)}"
        if "type" in item and item["type"] not in TYPES:
            yield f"{where}: type {item['type']!r} is not one of {', '.join(TYPES)}"
        for convention in item.get("conventions") or []:
            if convention not in model.CONVENTION_IDS:
                yield f"{where}: unknown convention {convention!r}"
        for code in languages.codes():
            own = item.get(code)
            if code in item and not (isinstance(own, dict) and isinstance(own.get("title"), str) and own["title"].strip()):
                yield f"{where}: '{code}' must be a block with the title in that language: {code}: {{title: ...}}"
        if "source" in item and not str(item["source"]).startswith("https://"):
            yield f"{where}: source must be an https:// address"


def title(event: dict, lang: str) -> str:
    """The event's title in `lang` (its `<lang>: {title: ...}` block), English where there is none."""
    own = event.get(lang)
    return own["title"] if isinstance(own, dict) and isinstance(own.get("title"), str) else event["title"]


def load(path=WORKSHOPS_YML) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    errors = list(problems(text, str(path.relative_to(paths.ROOT) if path.is_relative_to(paths.ROOT) else path)))
    if errors:
        raise WorkshopError("\n".join(errors))
    return yaml.load(text, Loader=_Loader) or []
