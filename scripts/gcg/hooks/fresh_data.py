"""Forget the data files and front matter read by the previous build, so that `make serve` shows an
edit to data/ or to a chapter's front matter at the next rebuild (they are cached within one build)."""
from mkdocs.plugins import event_priority

from gcg import frontmatter, navigation, yamlfile


@event_priority(200)  # before any other hook reads them
def on_pre_build(config):
    yamlfile.load.cache_clear()
    frontmatter.read.cache_clear()
    navigation.reading_order.cache_clear()
