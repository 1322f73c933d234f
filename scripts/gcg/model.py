"""Page kinds and their front-matter schemas, defined once for the build and the checks.

A schema maps a field to its type: str, int, 'date', 'https' (an https URL), 'hs' (an HS code),
a nested dict schema, or a one-item list [type] for a list of that type. A field whose name ends
with '?' is optional.
"""
from __future__ import annotations

from . import navigation


def _ids(folder: str) -> list[str]:
    """Ids of the chapters listed in the navigation under `folder`, in reading order."""
    return [e.path[len(folder):-3] for e in navigation.reading_order()
            if e.path.startswith(folder) and not e.path.endswith("/index.md")]


# A new chapter becomes known by being added to the navigation (make new-chapter does it).
CONVENTION_IDS = _ids("conventions/")
PARTNER_IDS = _ids("partners/")

GENERAL = {"title": str, "description": str, "kind": str, "last_reviewed": "date"}

CONVENTION = {
    **GENERAL,
    "short_name": str,
    "full_name": str,
    "adopted": {"date": "date", "place": str},
    "in_force": "date",
    "parties": {"count": int, "as_of": "date", "source": "https"},
    "secretariat": str,
    "website": "https",
    "hs_codes": [{"code": "hs", "description": str, "note?": str}],
    "related": ["convention"],
}

PARTNER = {
    **GENERAL,
    "short_name": str,
    "full_name": str,
    "headquarters": str,
    "website": "https",
    "conventions": ["convention"],
}

SCHEMAS = {"general": GENERAL, "convention": CONVENTION, "partner": PARTNER}

# The H2 skeleton every convention chapter follows, as explicit heading ids, in order.
CONVENTION_SECTIONS = [
    "at-a-glance", "why-it-matters", "what-is-controlled", "how-trade-is-controlled",
    "documents-to-check", "hs-codes", "risk-indicators", "what-to-do", "enforcement",
    "contacts", "related", "sources",
]
