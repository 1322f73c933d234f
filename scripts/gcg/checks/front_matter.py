"""Rule: each page's front matter matches the schema of its kind (convention, partner, general)."""
from __future__ import annotations

import datetime as dt
import re

from .. import model
from . import Problem

HS_CODE = re.compile(r"^(\d{4})(\.\d{2})?$")


def check(corpus, today: dt.date | None = None):
    today = today or dt.date.today()
    for doc in corpus.docs:
        if doc.error is not None:
            where, _, message = str(doc.error).partition(": error: ")
            file, _, line = where.rpartition(":")
            yield Problem(file, int(line), "error", message)
            continue
        yield from check_page(doc.name, doc.text, doc.meta, today, translation=doc.lang != "en")


def _line_of(text: str, field: str) -> int:
    top = field.split(".")[0].split("[")[0]
    for number, line in enumerate(text.split("\n"), 1):
        if re.match(rf"^{re.escape(top)}\s*:", line):
            return number
    return 1


def check_page(name: str, text: str, meta: dict, today: dt.date, translation: bool = False):
    if not meta:
        yield Problem(name, 1, "error", "page has no front matter (title, description, kind, last_reviewed)")
        return
    kind = meta.get("kind")
    if kind not in model.SCHEMAS:
        yield Problem(name, _line_of(text, "kind"), "error",
                      f"kind is {kind!r}; use one of: {', '.join(model.SCHEMAS)}")
        return
    for field, message in validate(meta, model.SCHEMAS[kind], ""):
        yield Problem(name, _line_of(text, field), "error", f"{field}: {message}")
    parties = meta.get("parties")
    if not translation and isinstance(parties, dict) and isinstance(parties.get("as_of"), dt.date):
        as_of = parties["as_of"]
        if as_of > today:
            yield Problem(name, _line_of(text, "parties"), "error", f"parties.as_of {as_of} is in the future")
        elif (today - as_of).days > 730:
            yield Problem(name, _line_of(text, "parties"), "warning",
                          f"parties.as_of {as_of} is more than two years old: check the count")


def validate(value, schema, where: str):
    """Yield (field, message) for every way `value` does not match `schema`."""
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            yield where or "front matter", "must be a mapping of fields"
            return
        for key, sub in schema.items():
            optional = key.endswith("?")
            key = key.rstrip("?")
            path = f"{where}.{key}" if where else key
            if key not in value or value[key] in (None, ""):
                if not optional:
                    yield path, "required field is missing"
                continue
            yield from validate(value[key], sub, path)
        return
    if isinstance(schema, list):
        if not isinstance(value, list):
            yield where, "must be a list"
            return
        for index, item in enumerate(value):
            yield from validate(item, schema[0], f"{where}[{index}]")
        return
    if schema is str and not isinstance(value, str):
        yield where, f"must be text, not {value!r}"
    elif schema is int and (not isinstance(value, int) or isinstance(value, bool)):
        yield where, f"must be a whole number, not {value!r}"
    elif schema == "date" and not (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        yield where, f"must be an ISO date (YYYY-MM-DD), not {value!r}"
    elif schema == "https" and not (isinstance(value, str) and value.startswith("https://")):
        yield where, f"must be an https:// address, not {value!r}"
    elif schema == "hs" and not _valid_hs(value):
        yield where, f"HS code {value!r} must be 'NNNN' or 'NNNN.NN' (quoted), chapter 01 to 97"
    elif schema == "convention" and value not in model.CONVENTION_IDS:
        yield where, f"unknown chapter id {value!r}; use one of: {', '.join(model.CONVENTION_IDS)}"


def _valid_hs(value) -> bool:
    match = HS_CODE.match(value) if isinstance(value, str) else None
    return bool(match) and 1 <= int(match.group(1)[:2]) <= 97
