"""Dates written the way each language writes them (day month year), without a locale database."""
from __future__ import annotations

import datetime as dt
import os

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    # UN Arabic names both the Syriac and the Latin-derived month: "آذار/مارس"
    "ar": ["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه",
           "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر",
           "كانون الأول/ديسمبر"],
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}


def as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def long_date(value, lang: str) -> str:
    """22 March 1989 / 22 mars 1989 / 22 de marzo de 1989 / 22 марта 1989 г. / 1989年3月22日."""
    d = as_date(value)
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    month = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    if lang == "es":
        return f"{d.day} de {month} de {d.year}"
    if lang == "ru":
        return f"{d.day} {month} {d.year} г."
    if lang == "fr" and d.day == 1:
        return f"1er {month} {d.year}"
    return f"{d.day} {month} {d.year}"


def today() -> dt.date:
    """Today's date; GCG_TODAY=YYYY-MM-DD fixes it (tests, reproducible builds)."""
    fixed = os.environ.get("GCG_TODAY")
    return dt.date.fromisoformat(fixed) if fixed else dt.date.today()
