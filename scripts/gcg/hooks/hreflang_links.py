"""Drop the <link rel="alternate" hreflang> tags from each page's head. Material's script fetches a
sitemap.xml beside each of them, assuming they point at language roots; with links to the same page
in each language that is six failed requests per page on a slow link, and refused requests from
file://. The languages stay linked by the switcher and by sitemap.xml, which lists the alternates."""
import re

ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def on_post_page(output, page, config):
    return ALTERNATE.sub("", output)
