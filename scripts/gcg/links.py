"""Links that the build writes into pages, relative to the page, so they work on any host and from file://."""
from mkdocs.utils import get_relative_url


def to_page(page, files, path: str) -> str:
    """URL of the page at `path` ('conventions/basel.md') in the build's language (English when it is not
    translated), relative to `page`. mkdocs-static-i18n's Files resolve the language."""
    target = files.get_file_from_path(path)
    if target is None:
        raise KeyError(f"no page {path} for a link from {page.file.src_uri}")
    return get_relative_url(target.url, page.url)
