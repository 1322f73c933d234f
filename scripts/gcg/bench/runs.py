"""Repeat a measurement and summarise it: median, spread (max - min) and every value."""
from __future__ import annotations

import statistics
import subprocess
import time


def summary(values: list[float], digits: int = 2) -> dict:
    return {"median": round(statistics.median(values), digits), "spread": round(max(values) - min(values), digits),
            "runs": [round(v, digits) for v in values]}


def timed(command: list[str], runs: int, **kwargs) -> dict:
    """Wall time of `command`, `runs` times; a failing command stops the benchmark with its output."""
    values = []
    for _ in range(runs):
        started = time.monotonic()
        result = subprocess.run(command, capture_output=True, text=True, **kwargs)
        values.append(time.monotonic() - started)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout[-2000:]}{result.stderr[-4000:]}")
    return summary(values)
