# The verbs people type. `make site` builds everything; `make test` runs every test and check.
# Both set up what they need first (scripts/bootstrap.sh).
PY := .venv/bin/python
# make check CHECK_FORMAT=github prints GitHub Actions annotations instead of path:line: lines.
CHECK_FORMAT ?= text
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup site test check check-external serve bench clean lock new-chapter new-translation

setup:
	@scripts/bootstrap.sh

site: setup
	$(PY) -m gcg build

test: check
	$(PY) -m pytest

# The source checks (every problem, as path:line: message), then linkchecker over the built site.
check: setup
	$(PY) -m gcg check --format $(CHECK_FORMAT)
	$(PY) -m gcg linkcheck

# External links too, for a scheduled job: writes linkcheck-external.txt instead of failing.
check-external: setup
	$(PY) -m gcg linkcheck --external

# Live preview. make serve PREVIEW=fr builds only English and French, so that a save shows in about
# 2 seconds instead of about 10 for all six languages.
PREVIEW ?=
serve: setup
	GCG_PREVIEW_LANG=$(PREVIEW) $(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000 --watch data --watch overrides --watch scripts

# Measure build time, preview speed, page weight and sizes into bench/; fail when a budget is exceeded.
bench: setup
	$(PY) -m gcg bench

# Start a page: make new-chapter KIND=convention ID=ramsar TITLE="Ramsar Convention"
new-chapter: setup
	$(PY) -m gcg new-chapter "$(KIND)" "$(ID)" "$(TITLE)"

# Start a translation: make new-translation TO=fr PAGE=conventions/basel.md
new-translation: setup
	$(PY) -m gcg new-translation "$(TO)" "$(PAGE)"

clean:
	rm -rf site dist .pytest_cache

lock: setup
	$(PY) -m pip install -q pip-tools
	$(PY) -m piptools compile -q --strip-extras --no-emit-index-url --no-emit-find-links -o requirements.txt requirements.in
