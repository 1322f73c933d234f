#!/usr/bin/env bash
# Set up what the build and tests need: Debian packages (installed when root, else the exact command
# is printed), then the virtual environment with the pinned Python packages. Safe to run again: it
# installs only what is missing or changed.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv
packages=$(sed -e 's/#.*//' scripts/debian-packages.txt | xargs)
missing=()
for package in $packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "bootstrap: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bootstrap: missing Debian packages. Install them with:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

# Debian ships npm apart from nodejs (NodeSource's nodejs includes it).
if ! command -v npm >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq --no-install-recommends npm >/dev/null
  else
    echo "bootstrap: npm is missing. Install it with:" >&2
    echo "  sudo apt-get install -y --no-install-recommends npm" >&2
    exit 1
  fi
fi

if [ ! -x "$venv/bin/python" ]; then
  echo "bootstrap: creating $venv"
  python3 -m venv "$venv"
fi
stamp="$venv/.requirements.sha256"
wanted=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "bootstrap: installing pinned Python packages from requirements.txt"
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q -r requirements.txt
  echo "$wanted" > "$stamp"
fi
# axe-core for the browser tests' accessibility checks (tests/package-lock.json pins it).
stamp_js=tests/node_modules/.package-lock.json
if [ ! -f "$stamp_js" ] || [ tests/package-lock.json -nt "$stamp_js" ]; then
  echo "bootstrap: installing the pinned npm packages of tests/"
  (cd tests && npm ci --no-audit --no-fund --loglevel=error)
fi
# Make the project's own package (scripts/gcg) importable by MkDocs hooks, tests and the CLI.
site_packages=$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
echo "$PWD/scripts" > "$site_packages/gcg.pth"
