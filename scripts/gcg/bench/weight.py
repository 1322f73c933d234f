"""Page weight as an officer on a slow link feels it: pages loaded in headless Chromium from the
built site, served gzip-compressed with the cache headers of GitHub Pages (max-age=600), counting
bytes transferred and requests for a first view (empty cache) and a repeat view (same browser, page
opened again), split by kind: HTML, CSS, JavaScript, fonts, images, search index."""
from __future__ import annotations

import gzip
import mimetypes
import os
import threading
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .runs import summary

CHROMIUM = "/usr/bin/chromium"
KINDS = ("html", "css", "javascript", "fonts", "images", "search index", "other")
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map")


def kind_of(url: str, resource_type: str) -> str:
    path = url.split("?")[0].split("#")[0]
    if "search_index" in path or ("/search/" in path and path.endswith((".json", ".js"))):
        return "search index"
    if resource_type == "Document" or path.endswith((".html", "/")):
        return "html"
    if resource_type == "Stylesheet" or path.endswith(".css"):
        return "css"
    if resource_type == "Script" or path.endswith(".js"):
        return "javascript"
    if resource_type == "Font" or path.endswith((".woff", ".woff2", ".ttf", ".otf")):
        return "fonts"
    if resource_type == "Image" or path.endswith((".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico")):
        return "images"
    return "other"


def gzip_server(root: Path):
    """A static server like a CDN in front of the site: gzip for text, ETag and max-age=600."""
    @lru_cache(maxsize=None)
    def body(path: str, compress: bool) -> bytes:
        data = Path(path).read_bytes()
        return gzip.compress(data, 6, mtime=0) if compress else data

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            relative = self.path.split("?")[0].split("#")[0].lstrip("/")
            target = (root / relative).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file() or root.resolve() not in target.parents:
                self.send_error(404)
                return
            compress = target.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")
            etag = f'"{int(target.stat().st_mtime_ns)}-{target.stat().st_size}-{int(compress)}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            data = body(str(target), compress)
            self.send_response(200)
            self.send_header("Content-Type", mimetypes.guess_type(target.name)[0] or "application/octet-stream")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "max-age=600")
            self.send_header("ETag", etag)
            if compress:
                self.send_header("Content-Encoding", "gzip")
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _load(context, url: str) -> dict:
    """Open `url` in a tab of `context`; bytes on the wire and requests by kind."""
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    kinds: dict[str, str] = {}
    seen: dict[str, dict] = {}

    def on_response(event):
        kinds[event["requestId"]] = kind_of(event["response"]["url"], event.get("type", ""))
        if event["response"].get("fromDiskCache") or event["response"].get("fromPrefetchCache"):
            seen.setdefault(event["requestId"], {})["cache"] = True

    def on_finished(event):
        seen.setdefault(event["requestId"], {})["bytes"] = event["encodedDataLength"]

    def on_served_from_cache(event):
        seen.setdefault(event["requestId"], {})["cache"] = True

    cdp.on("Network.responseReceived", on_response)
    cdp.on("Network.loadingFinished", on_finished)
    cdp.on("Network.requestServedFromCache", on_served_from_cache)
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    page.close()
    totals = {kind: {"bytes": 0, "requests": 0} for kind in KINDS}
    for request_id, facts in seen.items():
        kind = kinds.get(request_id, "other")
        transferred = 0 if facts.get("cache") else facts.get("bytes", 0)
        totals[kind]["bytes"] += transferred
        totals[kind]["requests"] += 0 if facts.get("cache") else 1
    return totals


def measure(site: Path, pages: dict[str, str], runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    server = gzip_server(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    args = ["--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"]
    if os.geteuid() == 0:
        args.append("--no-sandbox")
    results: dict = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
            for name, path in pages.items():
                views = {"first": [], "repeat": []}
                for _ in range(runs):
                    context = browser.new_context()
                    views["first"].append(_load(context, base + path))
                    views["repeat"].append(_load(context, base + path))
                    context.close()
                results[name] = {"url": path, **{view: _summarise(samples) for view, samples in views.items()}}
            browser.close()
    finally:
        server.shutdown()
    return results


def _summarise(samples: list[dict]) -> dict:
    total_bytes = [sum(k["bytes"] for k in s.values()) for s in samples]
    total_requests = [sum(k["requests"] for k in s.values()) for s in samples]
    by_kind = {kind: {"bytes": summary([s[kind]["bytes"] for s in samples], 0)["median"],
                      "requests": summary([s[kind]["requests"] for s in samples], 0)["median"]} for kind in KINDS}
    return {"bytes": summary(total_bytes, 0), "requests": summary(total_requests, 0), "by_kind": by_kind}
