"""Run every source check over docs/ and data/ and print every problem, sorted, as
path:line: severity: message (or as GitHub annotations). Exit 1 on any error, 0 with warnings only."""
from __future__ import annotations

import argparse
import sys
import time

from .. import paths
from . import (anchors, cross_references, data_files, front_matter, links, translation_facts, translations,
               unsafe_content, untranslated_text)
from .corpus import Corpus

RULES = [front_matter, links, anchors, cross_references, data_files, translations, translation_facts,
         untranslated_text, unsafe_content]


def problems(corpus: Corpus):
    return sorted(set(problem for rule in RULES for problem in rule.check(corpus)))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gcg check")
    parser.add_argument("--format", choices=["text", "github"], default="text")
    args = parser.parse_args(argv)
    started = time.monotonic()
    corpus = Corpus(paths.ROOT)
    found = problems(corpus)
    for problem in found:
        if args.format == "github":
            print(f"::{problem.severity} file={problem.path},line={problem.line}::{problem.message}")
        else:
            print(problem)
    errors = sum(p.severity == "error" for p in found)
    print(f"check: {errors} errors, {len(found) - errors} warnings in {time.monotonic() - started:.2f} s; "
          f"{translations.summary(corpus)}", file=sys.stderr)
    return 1 if errors else 0
