// Writes the fuzz targets' seed corpora from the test tables and golden articles (fuzz/corpus/TARGET/seed-*).
// Run by scripts/fuzz.sh; the corpora are not committed, only what they are made from.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const texts = [];
for (const file of readdirSync(join(root, "tests/cases")).filter((f) => f.endsWith(".json"))) {
  const table = JSON.parse(readFileSync(join(root, "tests/cases", file), "utf8"));
  for (const c of table.cases ?? []) if (typeof c.text === "string") texts.push(c.text);
}
for (const file of readdirSync(join(root, "tests/golden")).filter((f) => f.endsWith(".txt"))) {
  texts.push(readFileSync(join(root, "tests/golden", file), "utf8"));
}

const write = (target, name, bytes) => {
  const dir = join(root, "fuzz/corpus", target);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `seed-${name}`), bytes);
};
const utf8 = (s) => Buffer.from(s, "utf8");
texts.forEach((text, i) => {
  // annotate: the first byte picks the labels; 0 is all of them.
  write("annotate", i, Buffer.concat([Buffer.from([0]), utf8(text)]));
  write("numbers", i, utf8(text));
  // options: one byte for the number of edits, four per edit (kind, label, start, length), then the text.
  write("options", i, Buffer.concat([Buffer.from([3, 0, 1, 10, 6, 2, 2, 40, 8, 5, 6, 90, 12]), utf8(text)]));
});
// jsonl: lines good and bad, as a batch would have them.
const lines = texts.slice(0, 40).map((text, i) => JSON.stringify({ id: i, text }));
lines.push('{"id": "x", "text": 5}', "not json", '{"text": "no id"}', "[1, 2]", "", '{"id": null}');
// The first byte picks the output: 0–2 the contract in each unit, 3–6 a JSON export.
for (let pick = 0; pick < 7; pick++) write("jsonl", pick, Buffer.concat([Buffer.from([pick]), utf8(lines.join("\n"))]));
console.log(`fuzz seeds: ${texts.length} texts`);
