#!/usr/bin/env python3
"""Checks that spaCy takes every span of a `newsmark --format spacy` export with alignment_mode="strict".

    newsmark --jsonl --format spacy < articles.jsonl | python3 scripts/check-spacy.py

Needs spaCy (`pip install spacy`); uses its blank English tokenizer, which is what a pipeline built on
`spacy.blank("en")` or the English models tokenizes with. Prints each span spaCy cannot take and a count;
exits 1 when there is one.
"""
import json
import sys

import spacy

nlp = spacy.blank("en")
spans = failed = docs = 0
for line in sys.stdin:
    task = json.loads(line)
    if "error" in task:
        continue
    docs += 1
    doc = nlp.make_doc(task["text"])
    for s in task["spans"]:
        spans += 1
        if doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="strict") is None:
            failed += 1
            text = task["text"]
            print(f"{s['label']} {text[s['start']:s['end']]!r} in …{text[max(0, s['start'] - 20):s['end'] + 20]!r}…")
print(f"{docs} documents, {spans} spans, {failed} that spaCy's tokens do not bound", file=sys.stderr)
sys.exit(1 if failed else 0)
