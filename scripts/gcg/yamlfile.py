"""Read YAML files the project owns, with errors that name the file and line."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml


class DataError(Exception):
    """A data or configuration file is malformed; the message names the file and line."""


# libyaml's safe loader when PyYAML has it: the build reads the data files at every preview rebuild.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(SafeLoader):
    """Safe loader that tolerates MkDocs' !!python tags (it returns them as plain data)."""


def _ignore_tag(loader, suffix, node):
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_scalar(node)


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)
_Loader.add_multi_constructor("!", _ignore_tag)


def error_position(exc: yaml.YAMLError) -> tuple[int, str]:
    """(0-based line, problem) of a YAML error. An unclosed [list] or {mapping} is placed where it
    opens, not where the parser gave up."""
    mark = getattr(exc, "problem_mark", None)
    if "flow" in (getattr(exc, "context", None) or "") and getattr(exc, "context_mark", None):
        mark = exc.context_mark
    return (mark.line if mark else 0), getattr(exc, "problem", None) or str(exc)


def parse(text: str, name: str, first_line: int = 1):
    """Parse YAML text; on error raise DataError('name:line: message')."""
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        line, problem = error_position(exc)
        raise DataError(f"{name}:{first_line + line}: error: malformed YAML: {problem}") from None


@lru_cache(maxsize=None)
def load(path: Path):
    """Load a YAML file once per process."""
    return parse(Path(path).read_text(encoding="utf-8"), str(path))
