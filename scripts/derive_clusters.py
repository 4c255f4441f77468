#!/usr/bin/env python3
"""Derives src/entities/lists/clusters.txt: Brown word clusters for the most frequent English word forms.

Source: the `spacy-lookups-data` 1.0.5 wheel (PyPI, MIT licence), files
`spacy_lookups_data/data/en_lexeme_cluster.json.gz` (word form -> Brown cluster bit path, stored by spaCy as an
integer whose lowest bit is the first step of the path) and `en_lexeme_prob.json.gz` (word form -> log
probability). We keep the TOP most probable forms that have a non-zero cluster, case-sensitive, and write one
line per cluster: the cluster integer in hex, then its forms, space-separated, sorted.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip download --no-deps spacy-lookups-data==1.0.5 -d /tmp/spl
    python3 scripts/derive_clusters.py /tmp/spl/spacy_lookups_data-1.0.5-py2.py3-none-any.whl
"""
import collections
import gzip
import io
import json
import sys
import zipfile

TOP = 20000
OUT = "src/entities/lists/clusters.txt"


def main():
    wheel = zipfile.ZipFile(sys.argv[1])
    load = lambda name: json.load(gzip.open(io.BytesIO(wheel.read("spacy_lookups_data/data/" + name))))
    clusters = load("en_lexeme_cluster.json.gz")
    prob = load("en_lexeme_prob.json.gz")
    forms = [w for w, c in clusters.items() if c and w.strip() and not any(ch.isspace() for ch in w)]
    forms.sort(key=lambda w: (-prob.get(w, -99.0), w))
    groups = collections.defaultdict(list)
    for w in forms[:TOP]:
        groups[clusters[w]].append(w)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in sorted(groups):
            f.write("%x %s\n" % (c, " ".join(sorted(groups[c]))))
    print("%s: %d forms in %d clusters" % (OUT, min(TOP, len(forms)), len(groups)))


if __name__ == "__main__":
    main()
