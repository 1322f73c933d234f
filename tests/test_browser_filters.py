"""Real headless Chromium: the HS-code and workshop filters work in the page with no server, in the
offline copy (file://) and on the served site."""
from __future__ import annotations


def visible(page, selector):
    return page.eval_on_selector_all(selector, "els => els.filter(e => !e.hidden).map(e => e.textContent)")


def test_hs_index_filter_keeps_matching_codes_only(edition, tab):
    tab.goto(edition.page("en", "hs-codes"))
    before = visible(tab, "#gcg-hs-index tbody tr")
    tab.fill(".gcg-filter input[type=search]", "8549")
    after = visible(tab, "#gcg-hs-index tbody tr")
    assert after and len(after) < len(before)
    assert all("8549" in row for row in after)
    assert not tab.errors and not tab.blocked


def test_workshop_filters_keep_the_chosen_region_only(edition, tab):
    tab.goto(edition.page("en", "workshops/index" if edition.kind == "file" else "workshops"))
    everything = tab.eval_on_selector_all("[data-gcg-item]", "els => els.map(e => e.dataset.region)")
    tab.select_option(".gcg-filter select[data-filter=region]", "asia-pacific")
    regions = tab.eval_on_selector_all("[data-gcg-item]", "els => els.filter(e => !e.hidden).map(e => e.dataset.region)")
    tab.select_option(".gcg-filter select[data-filter=region]", "")
    restored = visible(tab, "[data-gcg-item]")
    assert regions and set(regions) == {"asia-pacific"} and len(regions) < len(everything)
    assert len(restored) == len(everything)
    assert not tab.errors and not tab.blocked
