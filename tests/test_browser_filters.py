"""Real headless Chromium: the HS-code and workshop filters work in the page, with no server logic."""
from __future__ import annotations


def visible(page, selector):
    return page.eval_on_selector_all(selector, "els => els.filter(e => !e.hidden).map(e => e.textContent)")


def test_hs_index_filter_keeps_matching_codes_only(browser, served_site):
    page = browser.new_page()
    page.goto(f"{served_site}/hs-codes/")
    before = visible(page, "#gcg-hs-index tbody tr")
    page.fill(".gcg-filter input[type=search]", "8549")
    after = visible(page, "#gcg-hs-index tbody tr")
    page.close()
    assert after and len(after) < len(before)
    assert all("8549" in row for row in after)


def test_workshop_filters_keep_the_chosen_region_only(browser, served_site):
    page = browser.new_page()
    page.goto(f"{served_site}/workshops/")
    everything = page.eval_on_selector_all("[data-gcg-item]", "els => els.map(e => e.dataset.region)")
    page.select_option(".gcg-filter select[data-filter=region]", "asia-pacific")
    regions = page.eval_on_selector_all("[data-gcg-item]", "els => els.filter(e => !e.hidden).map(e => e.dataset.region)")
    page.select_option(".gcg-filter select[data-filter=region]", "")
    restored = visible(page, "[data-gcg-item]")
    page.close()
    assert regions and set(regions) == {"asia-pacific"} and len(regions) < len(everything)
    assert len(restored) == len(everything)
