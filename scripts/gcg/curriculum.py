"""The workshop curriculum and three-day agenda (data/curriculum.yml), validated when read: a bad entry
stops the build with a message naming the file, the line and the entry."""
from __future__ import annotations

import re

import yaml

from . import paths, yamlfile

CURRICULUM_YML = paths.DATA / "curriculum.yml"
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class CurriculumError(Exception):
    pass


def _line(text: str, needle: str) -> int:
    index = text.find(needle)
    return text[:index].count("\n") + 1 if index >= 0 else 1


def problems(data, text: str, name: str, docs=None):
    docs = docs or paths.DOCS
    if not isinstance(data, dict) or not isinstance(data.get("modules"), list) or not isinstance(data.get("agenda"), list):
        yield f"{name}:1: error: the file needs a 'modules' list and an 'agenda' list"
        return
    ids = set()
    for module in data["modules"]:
        ident = module.get("id") if isinstance(module, dict) else None
        where = f"{name}:{_line(text, f'id: {ident}')}: error: module '{ident}'"
        if not ident:
            yield f"{name}:1: error: a module has no id"
            continue
        if ident in ids:
            yield f"{where}: id is used twice"
        ids.add(ident)
        if not isinstance(module.get("minutes"), int) or module["minutes"] <= 0:
            yield f"{where}: minutes must be a positive whole number"
        if not (module.get("en") or {}).get("title"):
            yield f"{where}: en.title is missing"
        for page in module.get("pages") or []:
            if not (docs / "en" / f"{page}.md").exists():
                yield f"{where}: page '{page}' does not exist (docs/en/{page}.md)"
    used = set()
    for day in data["agenda"]:
        for session in day.get("sessions") or []:
            where = f"{name}:{_line(text, str(session.get('start')))}: error: day {day.get('day')} session {session.get('start')}"
            start, end = str(session.get("start")), str(session.get("end"))
            if not (TIME.match(start) and TIME.match(end)) or end <= start:
                yield f"{where}: start and end must be times HH:MM with end after start"
            if "module" in session:
                used.add(session["module"])
                if session["module"] not in ids:
                    yield f"{where}: unknown module '{session['module']}'"
            elif not session.get("en"):
                yield f"{where}: a session needs a module or its own en: text"
    for ident in sorted(ids - used):
        yield f"{name}:{_line(text, f'id: {ident}')}: error: module '{ident}' is in no session of the agenda"


def load(path=CURRICULUM_YML) -> dict:
    text = path.read_text(encoding="utf-8")
    name = str(path.relative_to(paths.ROOT)) if path.is_relative_to(paths.ROOT) else str(path)
    try:
        data = yaml.load(text, Loader=yamlfile.SafeLoader)
    except yaml.YAMLError as exc:
        line, problem = yamlfile.error_position(exc)
        raise CurriculumError(f"{name}:{line + 1}: error: malformed YAML: {problem}") from None
    errors = list(problems(data, text, name))
    if errors:
        raise CurriculumError("\n".join(errors))
    return data


def words(item: dict, lang: str) -> dict:
    """The item's words in `lang`, English where the language has none yet."""
    return {**(item.get("en") or {}), **(item.get(lang) or {})} if isinstance(item.get("en"), dict) else item
