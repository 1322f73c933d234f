"""Where things are in the repository (GCG_ROOT points the build at another copy, as tests do)."""
import os
from pathlib import Path

ROOT = Path(os.environ.get("GCG_ROOT") or Path(__file__).resolve().parents[2])
DOCS = ROOT / "docs"
DATA = ROOT / "data"
MKDOCS_YML = ROOT / "mkdocs.yml"
