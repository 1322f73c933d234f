"""Links that the build writes into pages, relative to the page, so they work on any host and from file://."""
from mkdocs.utils import get_relative_url


def to_page(page, files, path: str) -> str:
    """URL of the page at `path` ('conventions/basel.md') in the build's language (English when it is not
    translated), relative to `page`. mkdocs-static-i18n's Files resolve the language."""
    target = files.get_file_from_path(path)
    if target is None:
        raise KeyError(f"no page {path} for a link from {page.file.src_uri}")
    return get_relative_url(target.url, page.url)


def page_url(path: str, directory_urls: bool = True) -> str:
    """Site-relative URL of a page of one edition from its docs path: 'conventions/basel.md' ->
    'conventions/basel/' ('conventions/basel.html' without directory URLs), 'index.md' -> ''."""
    stem = path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        folder = stem[: -len("index")]
        return folder if directory_urls else folder + "index.html"
    return stem + "/" if directory_urls else stem + ".html"
