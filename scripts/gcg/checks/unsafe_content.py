"""Rule: a page may not carry code or content that runs or loads in the reader's browser: raw
<script>, <iframe>, <object>, <embed>, <form> and <style> elements, event-handler attributes
(onclick=...), javascript: and data: URLs; and external links must use https, not plain http."""
from __future__ import annotations

import re

from . import Problem
from .corpus import Corpus

TAG = re.compile(r"<\s*(script|iframe|object|embed|form|style)\b", re.I)
HANDLER = re.compile(r"<[a-z][^>]*\s(on[a-z]+)\s*=", re.I)
SCHEME = re.compile(r"""(?:\]\(\s*<?|\b(?:href|src|action)\s*=\s*["']?)\s*(javascript|data|vbscript):""", re.I)
PLAIN_HTTP = re.compile(r"""http://(?!(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])[:/])[^\s)"'>\]]+""", re.I)  # local: links rule


def check(corpus: Corpus):
    for doc in corpus.docs:
        for number, line in doc.prose_lines():
            text = re.sub(r"`[^`]*`", "", line)  # inline code is shown as text, never run
            for match in TAG.finditer(text):
                yield Problem(doc.name, number, "error", f"raw <{match.group(1).lower()}> element: pages may not embed code or forms")
            for match in HANDLER.finditer(text):
                yield Problem(doc.name, number, "error", f"event-handler attribute '{match.group(1).lower()}=': pages may not run code")
            for match in SCHEME.finditer(text):
                yield Problem(doc.name, number, "error", f"'{match.group(1).lower()}:' URL: pages may not run code or embed data")
            for match in PLAIN_HTTP.finditer(text):
                yield Problem(doc.name, number, "error", f"link over plain http ('{match.group(0)}'): use https://")
