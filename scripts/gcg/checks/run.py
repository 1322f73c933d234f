"""Run every source check and print the problems, sorted, as path:line: severity: message."""
from __future__ import annotations

import sys
import time

from .. import paths
from . import front_matter

RULES = [front_matter.check]


def main(argv=None) -> int:
    started = time.monotonic()
    problems = sorted(problem for rule in RULES for problem in rule(paths.DOCS))
    for problem in problems:
        print(problem.__str__().replace(str(paths.ROOT) + "/", ""))
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    print(f"check: {errors} errors, {warnings} warnings in {time.monotonic() - started:.2f} s", file=sys.stderr)
    return 1 if errors else 0
