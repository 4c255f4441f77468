#!/usr/bin/env python3
"""Derives src/money/currencies.tsv, the currency table the money finder reads, from CLDR (through Babel).

The table is build-time data: this script regenerates it, the crate only reads the committed file (include_str!).
Output is deterministic for the pinned versions.

Sources (licences in src/money/README.md):
  - babel 2.19.0 (PyPI, BSD-3-Clause), which ships CLDR 47 (Unicode licence): every ISO 4217 currency CLDR
    names in English, current and historical; its English singular and plural names ("Swiss franc", "Swiss
    francs"); its symbols, in English and in the locales of the territories that use it today ("₡" from
    es_CR, "zł" from pl_PL, "HK$" from en).
  - spacy-lookups-data 1.0.5 (PyPI, MIT): English word probabilities, to tell which codes are also common
    lower-case words ("all", "top", "try"): those are read as codes only in capitals.

Hand rules, where CLDR has nothing to say, are in this file (DEFAULTS, EXTRA_NAMES, EXTRA_SYMBOLS) and in
src/money/currency.rs (slang: "bucks", "quid", "greenback").

Usage (in a throwaway folder):
  python3 -m venv venv && ./venv/bin/pip install babel==2.19.0
  ./venv/bin/pip download --no-deps spacy-lookups-data==1.0.5 -d spl
  ./venv/bin/python /path/to/scripts/derive_currencies.py \
      --spacy-wheel spl/spacy_lookups_data-1.0.5-py2.py3-none-any.whl --out src/money/currencies.tsv

Format (tab-separated; every section sorted by its key, byte for byte, so the crate searches it without sorting):
  CODE  flags  places
  - flags: "h" historical (no territory uses it today), "l" the lower-case code is no common English word and may
    be read as the code ("usd 20"), "t" nor is it capitalised ("Usd 20"; not "Bob", "Ron"), "d" a dollar; "-" for
    none.
  - places: lower-case, joined by "|" ("-" for none): the territories that have used it since 1950, in CLDR's
    English names, and the nationality words of its names ("swiss", "new zealand").
Then lines "=WORD CODE": a word alone that names one currency ("zlotys"); "?WORD CODE": a word alone that several
currencies share ("francs") and the one it is taken for, as an assumption the text may overrule; either may end
in " w", a weak word that is also a common English word ("real", "won"); "$PREFIX CODE":
the dollars written with a prefix glued to "$" ("C$"); "@NAME CODE": an English name of two words or more, singular
or plural, lower-case ("swiss francs"); "%SYMBOL CODE": a currency sign or Latin-script abbreviation naming only
this currency ("₡", "zł"); "&SYMBOL CODE": such an abbreviation of three letters or more, lower-cased ("ksh").
"""

import argparse
import datetime
import gzip
import io
import json
import re
import unicodedata
import zipfile
from collections import defaultdict

import babel
from babel import Locale
from babel import localedata
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

assert babel.__version__ == "2.19.0", babel.__version__

# A currency word this probable as an English word ("real", "won", "marks") is read after a number only when the
# amount is clearly money-sized (a magnitude, thousands, decimals): "10,000 won", not "the 3 real ones". The
# words every English reader knows as money are exempt.
WEAK_LOG_PROB = -12.5
STRONG_WORDS = {"dollar", "dollars", "pound", "pounds", "euro", "euros"}
# The last word of a two-word name this probable in English is no currency word alone.
COMMON_LOG_PROB = -10.0

# "Current" means in use on this date, so that the output does not depend on the day the script runs.
AS_OF = datetime.date(2026, 1, 1)

# ISO 4217 codes that are no money a news amount is given in (fund codes, units of account, precious metals,
# testing and unknown): ISO's list marks them so; CLDR names them without saying.
NOT_MONEY = {"BOV", "CHE", "CHW", "CLF", "COU", "ECV", "MXV", "USN", "USS", "UYI", "UYW", "XAG", "XAU", "XBA",
             "XBB", "XBC", "XBD", "XFO", "XFU", "XPD", "XPT", "XRE", "XSU", "XTS", "XUA", "XXX"}

# A lower-case code that is at least this probable as an English word is a word, not a code ("all", "try").
WORD_LOG_PROB = -12.0
# And a symbol of letters this probable as a word or abbreviation is one ("Ft" feet, "Le", "den"), whatever its case.
SYMBOL_WORD_LOG_PROB = -13.5

# Which currency a bare word means when several share it, as English-language news uses it. The finder marks it
# `currency_assumed`, and a country the text names can still pick another.
DEFAULTS = {
    "crowns": "SEK", "dollar": "USD", "pound": "GBP", "franc": "CHF", "peso": "MXN", "rupee": "INR", "dinar": "KWD",
    "riyal": "SAR", "rial": "IRR", "lira": "TRY", "krone": "NOK", "krona": "SEK", "mark": "DEM",
    "guilder": "NLG", "shilling": "KES", "real": "BRL", "yuan": "CNY", "won": "KRW", "dirham": "AED",
    "escudo": "PTE", "schilling": "ATS", "ruble": "RUB", "dram": "AMD", "leu": "RON", "lev": "BGN",
    "sol": "PEN", "som": "KGS", "manat": "AZN", "kwacha": "ZMW", "cedi": "GHS", "koruna": "CZK",
    "kuna": "HRK", "zloty": "PLN", "forint": "HUF", "dong": "VND", "new shekel": "ILS", "shekel": "ILS",
    "rand": "ZAR", "crown": "SEK", "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "naira": "NGN",
    "hryvnia": "UAH", "tenge": "KZT", "lari": "GEL", "kip": "LAK", "colón": "CRC", "sucre": "ECS",
    "drachma": "GRD", "peseta": "ESP", "markka": "FIM", "escudos": "PTE", "dinars": "KWD", "ecu": "XEU",
    "boliviano": "BOB", "bolívar": "VES", "córdoba": "NIO", "quetzal": "GTQ", "lempira": "HNL",
    "balboa": "PAB", "guarani": "PYG", "taka": "BDT", "kyat": "MMK", "riel": "KHR", "afghani": "AFN",
}

# Forms news writes that CLDR's English names lack.
EXTRA_NAMES = {
    "USD": ["u.s. dollar", "u.s. dollars", "american dollar", "american dollars"],
    "GBP": ["pound sterling", "pounds sterling", "sterling", "uk pound", "uk pounds"],
    "CNY": ["renminbi", "chinese renminbi"],
    "KRW": ["south korean won", "won"],
    "BRL": ["reais", "brazilian reais"],
    "ITL": ["lire", "italian lire"],
    "XEU": ["ecu", "ecus"],
    "CZK": ["czech crown", "czech crowns"],
    "SEK": ["swedish crown", "swedish crowns"],
    "NOK": ["norwegian crown", "norwegian crowns"],
    "DKK": ["danish crown", "danish crowns", "danish kroner"],
    "ISK": ["icelandic krona", "icelandic kronur"],
    "SKK": ["slovak crown", "slovak crowns"],
    "EEK": ["estonian crown", "estonian crowns"],
    "MNT": ["tugrik", "tugriks", "tögrög"],
    "DEM": ["deutsche mark", "deutsche marks", "deutschmark", "deutschmarks", "d-mark", "d-marks"],
    "INR": ["indian rupees"],
    "XBT": [],
}

# Signs CLDR gives no currency: the CJK unit characters written after the number, and the dollars English-language
# news writes with a prefix CLDR gives another currency or none ("C$" is Nicaragua's córdoba in CLDR).
EXTRA_SYMBOLS = {"CNY": ["元"], "JPY": ["円"], "KRW": ["원"]}
HAND_SYMBOLS = {"Rs", "Rs.", "RM", "$", "£", "€", "¥", "￥", "¢", "₹", "₩"}
DOLLAR_PREFIXES = {"C": "CAD", "CAN": "CAD", "S": "SGD", "SG": "SGD", "MEX": "MXN", "AU": "AUD", "NZ": "NZD",
                   "U.S.": "USD", "US": "USD", "A": "AUD", "HK": "HKD", "NT": "TWD", "R": "BRL", "MX": "MXN",
                   "CA": "CAD"}


def strip_paren(s):
    return re.sub(r"\s*\(.*?\)", "", s).strip()


def word_probs(wheel):
    with zipfile.ZipFile(wheel) as z:
        return json.load(gzip.open(io.BytesIO(z.read("spacy_lookups_data/data/en_lexeme_prob.json.gz"))))


def latin_or_sign(symbol):
    """A currency sign, or Latin letters (with dots): "₡", "zł", "Kč", "Rp"; not Arabic or Cyrillic abbreviations."""
    for ch in symbol:
        cat = unicodedata.category(ch)
        if cat == "Sc" or ch in "./":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def usable_symbol(symbol, code, probs):
    """A symbol worth reading: a currency sign, or an abbreviation of two letters or more that is neither the code
    nor an English word, abbreviation or initials ("Ft", "Le", "DA")."""
    if symbol == code or not latin_or_sign(symbol):
        return False
    bare = symbol.rstrip(".")
    if max(probs.get(f, -20.0) for f in (symbol, bare, bare.lower())) >= SYMBOL_WORD_LOG_PROB:
        return False
    if any(unicodedata.category(ch) == "Sc" for ch in symbol):
        return True
    letters = [ch for ch in symbol if ch.isalpha()]
    # "Rp", "Ksh", "zł", "Kč", "FCFA": a lower-case letter or a non-ASCII one marks an abbreviation; two capitals
    # alone ("DA", "KM", "SR") are as likely initials.
    return len(letters) >= 2 and (any(ch.islower() for ch in letters) or any(ord(ch) > 127 for ch in letters)
                                  or len(letters) >= 4)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spacy-wheel", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    probs = word_probs(args.spacy_wheel)
    en = Locale("en")

    territory_locales = defaultdict(list)
    for lid in sorted(localedata.locale_identifiers()):
        loc = Locale.parse(lid)
        if loc.territory:
            territory_locales[loc.territory].append(lid)
    current_territories = defaultdict(set)
    for t in sorted(territory_locales):
        for code in get_territory_currencies(t, start_date=AS_OF, tender=True):
            current_territories[code].add(t)

    rows = {}
    for code in sorted(en.currencies):
        if code in NOT_MONEY:
            continue
        dated = "(" in en.currencies[code]
        strip = lambda s: strip_paren(s).lower()
        one = strip(get_currency_name(code, count=1, locale="en"))
        other = strip(get_currency_name(code, count=2, locale="en"))
        historical = code not in current_territories
        rows[code] = {"one": one, "other": other, "dated": dated, "historical": historical}

    # One name, one currency: a name a dated currency shares with a current one ("Belarusian ruble (2000–2016)")
    # is the current one's.
    # Current before historical, and a name CLDR writes without a period before one it dates.
    rank = lambda code: (rows[code]["historical"], rows[code]["dated"])
    owner = {}
    for code, r in rows.items():
        for name in (r["one"], r["other"]):
            prev = owner.get(name)
            if prev is None or rank(code) < rank(prev):
                owner[name] = code
    names = defaultdict(list)
    for code, r in rows.items():
        for name in (r["one"], r["other"]):
            if owner[name] == code and name not in names[code]:
                names[code].append(name)
    for code, extra in EXTRA_NAMES.items():
        if code in rows:
            for name in extra:
                if name not in names[code]:
                    names[code].append(name)

    symbols = defaultdict(set)
    for code in rows:
        candidates = {get_currency_symbol(code, "en")}
        for t in current_territories.get(code, ()):
            for lid in territory_locales[t]:
                candidates.add(get_currency_symbol(code, lid))
        for s in candidates:
            s = s.replace("\u200f", "").replace("\u200b", "").replace("\u202f", " ").strip()
            if s and " " not in s and usable_symbol(s, code, probs):
                symbols[s].add(code)
    # Symbols the finder reads by its own rules: "Rs." is the Indian rupee in English-language news (CLDR gives it
    # Sri Lanka's).
    for s in HAND_SYMBOLS:
        symbols.pop(s, None)
    for code, extra in EXTRA_SYMBOLS.items():
        for s in extra:
            symbols[s].add(code)
    # A symbol several currencies share ("$", "£", "kr", "Rs") is read by the finder's own rules, not from here;
    # a letter-prefixed dollar goes to the prefix list.
    prefixes = dict(DOLLAR_PREFIXES)
    by_code = defaultdict(list)
    for s, codes in symbols.items():
        if s.endswith("$") and len(s) > 1 and len(codes) == 1:
            prefixes.setdefault(s[:-1].upper(), next(iter(codes)))
        elif s.startswith("$") and len(s) > 1 and len(codes) == 1:
            prefixes.setdefault(s[1:].upper(), next(iter(codes)))
        elif len(codes) == 1 and "$" not in s:
            by_code[next(iter(codes))].append(s)

    # Where each currency is (or was) used: the places a text names that say which currency a shared word means
    # ("francs" in a story about Switzerland). CLDR's English territory names, for every territory that has used
    # the currency since 1950, and the nationality words of its names ("swiss" of "swiss franc").
    places = defaultdict(set)
    for t in sorted(territory_locales) + sorted(set(en.territories) - set(territory_locales)):
        if not re.fullmatch(r"[A-Z]{2}", t) or t not in en.territories:
            continue
        for code in get_territory_currencies(t, start_date=datetime.date(1950, 1, 1), end_date=AS_OF,
                                             tender=True, non_tender=False):
            if code in rows:
                places[code].add(strip_paren(en.territories[t]).lower())
    bases = {name.split(" ")[-1] for code in rows for name in names[code]}
    for code in rows:
        for name in names[code]:
            words = name.split(" ")
            if len(words) >= 2 and words[-1] in bases:
                places[code].add(" ".join(words[:-1]))

    lines = []
    for code in sorted(rows):
        r = rows[code]
        lower_ok = not r["historical"] and probs.get(code.lower(), -20.0) < WORD_LOG_PROB
        title_ok = lower_ok and probs.get(code.title(), -20.0) < WORD_LOG_PROB
        flags = ("h" if r["historical"] else "") + ("l" if lower_ok else "") + ("t" if title_ok else "")
        if any(n.endswith(" dollar") or n.endswith(" dollars") for n in names[code]):
            flags += "d"
        where = "|".join(sorted(places.get(code, ()))) or "-"
        lines.append(f"{code}\t{flags or '-'}\t{where}")
    # Every section below is sorted by its key, byte for byte, as the crate searches it (it never sorts).
    utf8 = lambda s: s.encode("utf-8")
    full_names = sorted({(n, code) for code in rows for n in names[code] if " " in n}, key=lambda x: utf8(x[0]))
    assert len({n for n, _ in full_names}) == len(full_names), "a name names two currencies"
    lines += [f"@{n}\t{code}" for n, code in full_names]
    symbol_rows = sorted(((s, code) for code, ss in by_code.items() for s in ss), key=lambda x: utf8(x[0]))
    lines += [f"%{sym}\t{code}" for sym, code in symbol_rows]
    folded = sorted({(sym.lower(), code) for sym, code in symbol_rows
                     if len(sym) >= 3 and all(ch.isalpha() for ch in sym)}, key=lambda x: utf8(x[0]))
    lines += [f"&{sym}\t{code}" for sym, code in folded]

    # The last word of every name is a currency word alone ("francs"): one currency's, or shared, and then the
    # default one's (DEFAULTS, by the singular's last word), read as assumed.
    singular_of = {}
    base_codes = defaultdict(set)
    for code in rows:
        forms = names[code]
        for name in forms:
            words = name.split(" ")
            # "special drawing rights", "european currency unit": the last word of a long name is no currency
            # word alone when it is a common English word.
            # Nor is a very common word ("gold" of "zimbabwean gold", "real" of "brazilian real"), unless a name
            # is that word alone ("won").
            p = probs.get(words[-1], -20.0)
            if len(words) >= 3 and p >= WORD_LOG_PROB or len(words) == 2 and p >= COMMON_LOG_PROB:
                if words[-1] not in STRONG_WORDS:
                    continue
            base_codes[words[-1]].add(code)
        one, other = rows[code]["one"], rows[code]["other"]
        if one and other:
            singular_of.setdefault(other.split(" ")[-1], one.split(" ")[-1])
    for word, codes in sorted(base_codes.items()):
        weak = " w" if word not in STRONG_WORDS and probs.get(word, -20.0) >= WEAK_LOG_PROB else ""
        if len(codes) == 1:
            lines.append(f"={word} {next(iter(codes))}{weak}")
            continue
        default = DEFAULTS.get(word) or DEFAULTS.get(singular_of.get(word, ""))
        current = sorted(c for c in codes if not rows[c]["historical"])
        if default is None and len(current) == 1:
            default = current[0]
        if default is not None:
            assert default in codes, (word, default, codes)
            lines.append(f"?{word} {default}{weak}")
    for prefix, code in sorted(prefixes.items()):
        lines.append(f"${prefix} {code}")

    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Derived by scripts/derive_currencies.py from CLDR 47 (babel 2.19.0); do not edit by hand.\n")
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
