//! The tagger's features: one implementation, used by inference ([`super::tagger`]) and by the trainer
//! (`examples/train_entities.rs`, through [`super::train`]).
//!
//! Every feature is a 64-bit hash of a template number and its values, folded into one of [`BUCKETS`] rows of
//! the weight table. Per document, [`Extractor::prepare`] computes each token's base hashes once (normalised
//! lower-cased word, shape, suffixes, Brown cluster, word-list kinds, document-level flags) into buffers it
//! reuses; [`Extractor::for_each`] then combines them without building any string.

use super::clusters;
use super::lists::{kinds, push_lower, starts_phrase, Kind, GENDER_KINDS};
use crate::text::{Doc, TokenKind};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

/// log2 of the number of rows of the weight table.
pub const BUCKET_BITS: u32 = 18;
pub const BUCKETS: usize = 1 << BUCKET_BITS;

/// The longest word-list entry, in tokens, matched across tokens.
const MAX_LIST_TOKENS: usize = 4;

const K: u64 = 0x517c_c1b7_2722_0a95;

#[inline]
fn mix(a: u64, b: u64) -> u64 {
    (a.rotate_left(5) ^ b).wrapping_mul(K)
}

#[inline]
fn bucket(h: u64) -> u32 {
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - BUCKET_BITS)) as u32
}

/// What one token contributes to its own and its neighbours' features.
#[derive(Clone, Copy, Default)]
struct Tok {
    word: u64,
    shape: u64,
    /// Brown cluster bit path, spaCy style (lowest bit first); 0 when unknown.
    cluster: u32,
    kinds: u16,
    /// Word-list span over this token: kind (1 place, 2 org, 3 person, 4 demonym) × 2 + (1 if it begins it).
    gaz: u8,
    /// 1: first token of its sentence.
    first: bool,
    /// Document-level: the lower-cased form appears elsewhere capitalised mid-sentence in ordinary case (bit 0),
    /// lower-case (bit 1), in a capitals-only sentence (bit 2).
    doc: u8,
    /// Second pass: how the same form was tagged elsewhere in the document (0 none, 1 + type).
    elsewhere: u8,
    /// Second pass: the first pass's type of the name this one is coordinated with ("A , B", "A and B"): on
    /// the left (low 3 bits) and on the right (high bits); 0 when none.
    coord: u8,
    /// The sentence's case: 0 ordinary, 1 all capitals, 2 title case.
    case: u8,
    /// The index of its lower-cased form among the document's forms.
    form: u32,
    /// The index of its word among the document's distinct words (`Extractor::words`).
    word_index: u32,
    /// A word that starts with a capital letter.
    upper_first: bool,
    /// Lower-cased, the first word of a word-list entry of several words.
    phrase: bool,
}

/// What a distinct word of the document contributes, whatever its position.
#[derive(Clone, Copy)]
struct Word {
    word: u64,
    shape: u64,
    /// Suffixes of 1..=4 characters and prefixes of 1..=3 (0 when the word is shorter).
    affix: [u64; 7],
    cluster: u32,
    kinds: u16,
    form: u32,
    has_upper: bool,
    upper_first: bool,
    phrase: bool,
}

/// Reusable per-document buffers.
#[derive(Default)]
pub struct Extractor {
    toks: Vec<Tok>,
    /// Token ranges of the sentences.
    pub sentences: Vec<Range<usize>>,
    buf: String,
    /// Form hash → form index; per form its document flags and its first-pass type counts.
    forms: HashMap<u64, u32, HashedBuild>,
    form_flags: Vec<u8>,
    /// Exact form hash → index into `words`, for this document.
    seen: HashMap<u64, u32, HashedBuild>,
    words: Vec<Word>,
    votes: Vec<[u32; 5]>,
}

const PAD: u64 = 0xdead_beef;

/// A hasher for maps keyed by a word's hash: one multiplication spreads it, where FNV would fold its eight
/// bytes one by one.
type HashedBuild = BuildHasherDefault<Hashed>;

#[derive(Default)]
struct Hashed(u64);

impl Hasher for Hashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn write_u64(&mut self, h: u64) {
        self.0 = (self.0 ^ h).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

impl Extractor {
    /// Whether token `i` is a title or a word of one ("Mr.", "President", "Prime"), from the word lists.
    pub fn is_title(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kinds & (Kind::Title as u16 | Kind::TitleModifier as u16) != 0)
    }

    /// Whether token `i` is a listed given name, surname or well-known person.
    pub fn is_known_person(&self, i: usize) -> bool {
        let mask = Kind::GivenName as u16 | Kind::Surname as u16 | Kind::Person as u16;
        self.toks.get(i).is_some_and(|t| t.kinds & mask != 0)
    }

    /// Whether the word lists call capitalised token `i` a `kind` (a word with no capital is looked up in none).
    pub fn has_kind(&self, i: usize, kind: Kind) -> bool {
        self.toks.get(i).is_some_and(|t| t.kinds & kind as u16 != 0)
    }

    /// Whether token `i` alone is a listed organization or company ("Google", "Nvidia").
    pub fn is_listed_org(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kinds & Kind::Org as u16 != 0)
    }

    /// Whether token `i` is a listed given name ("Jason", "Sam").
    pub fn is_given_name(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kinds & Kind::GivenName as u16 != 0)
    }

    /// The number of distinct lower-cased forms of the prepared document.
    pub fn form_count(&self) -> usize {
        self.form_flags.len()
    }

    /// The index of token `i`'s lower-cased form.
    pub fn form(&self, i: usize) -> usize {
        self.toks[i].form as usize
    }

    /// Whether token `i` could be a name on its own: capitalised, not a stop word or title, and not a
    /// sentence opener whose form the text also writes in lower case.
    pub fn is_name_like(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let skip = Kind::Stop as u16 | Kind::Title as u16 | Kind::TitleModifier as u16;
        t.upper_first && t.kinds & skip == 0 && !(t.first && t.doc & 2 != 0) && t.case == 0
    }

    /// Whether token `i` opens its sentence, is capitalised and no word the word lists or the Brown clusters
    /// know (in any case), and the text never writes it in lower case: a name the tagger had no evidence for,
    /// rather than a common word that opens a sentence.
    pub fn is_unknown_opener(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.first && t.upper_first && t.cluster == 0 && t.kinds == 0 && t.doc & 2 == 0 && t.case == 0
        })
    }

    /// The number of tokens of the prepared document.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// Computes the per-token values of `doc`.
    #[inline(never)]
    pub fn prepare(&mut self, doc: &Doc) {
        self.toks.clear();
        self.toks.resize(doc.tokens.len(), Tok::default());
        self.sentences.clear();
        self.forms.clear();
        self.form_flags.clear();
        self.seen.clear();
        self.words.clear();
        let mut t = 0;
        for sentence in &doc.sentences {
            let first = t.max(doc.token_at_or_after(sentence.start));
            let mut end = first;
            while end < doc.tokens.len() && doc.tokens[end].end <= sentence.end {
                end += 1;
            }
            t = end;
            if first < end {
                self.sentences.push(first..end);
            }
        }
        for s in 0..self.sentences.len() {
            let range = self.sentences[s].clone();
            let case = sentence_case(doc, range.clone());
            for i in range.clone() {
                let w = doc.tok(i);
                self.toks[i].case = case;
                self.toks[i].first = i == range.start;
                // Everything that depends only on the word is computed once per distinct word of the document
                // (the global tables are large, so lookups miss the cache; documents repeat their words).
                let exact = clusters::exact_hash_of(w);
                let k = match self.seen.get(&exact) {
                    Some(&k) => k as usize,
                    None => {
                        let word = word_hash(w);
                        let mut affix = [0; 7];
                        affixes(w, &mut affix);
                        let has_upper = w.chars().any(char::is_uppercase);
                        let (mut kind_bits, mut phrase) = (0, false);
                        if has_upper {
                            self.buf.clear();
                            push_lower(w, &mut self.buf);
                            kind_bits = kinds(&self.buf).bits() & !GENDER_KINDS;
                            phrase = starts_phrase(&self.buf);
                        }
                        let next = self.form_flags.len() as u32;
                        let form = *self.forms.entry(word).or_insert(next);
                        if form == next {
                            self.form_flags.push(0);
                        }
                        self.words.push(Word {
                            word,
                            shape: shape_hash(w),
                            affix,
                            cluster: clusters::lookup(w, exact),
                            kinds: kind_bits,
                            form,
                            has_upper,
                            upper_first: doc.tokens[i].kind == TokenKind::Word && w.starts_with(char::is_uppercase),
                            phrase,
                        });
                        self.seen.insert(exact, (self.words.len() - 1) as u32);
                        self.words.len() - 1
                    }
                };
                let info = &self.words[k];
                let tok = &mut self.toks[i];
                tok.word = info.word;
                tok.shape = info.shape;
                tok.cluster = info.cluster;
                tok.kinds = info.kinds;
                tok.form = info.form;
                tok.word_index = k as u32;
                tok.upper_first = info.upper_first;
                tok.phrase = info.phrase;
                let has_upper = info.has_upper;
                let flag = if !has_upper {
                    2
                } else if case == 1 {
                    4
                } else if i > range.start && case == 0 {
                    1
                } else {
                    0
                };
                self.form_flags[tok.form as usize] |= flag;
            }
            self.gazetteer(doc, range);
        }
        for tok in &mut self.toks {
            tok.doc = self.form_flags[tok.form as usize];
        }
    }

    /// Marks the longest word-list names (places, organizations, people, demonyms) over capitalised tokens.
    #[inline(never)]
    fn gazetteer(&mut self, doc: &Doc, range: Range<usize>) {
        let mut i = range.start;
        while i < range.end {
            let w = doc.tok(i);
            if doc.tokens[i].kind != TokenKind::Word || !w.starts_with(char::is_uppercase) {
                i += 1;
                continue;
            }
            // The one-word entry was looked up already (the token's kinds); longer ones continue with
            // capitalised words, short connectors ("of", "de", "la") and "&".
            let kind_of = |bits: u16| {
                if bits & Kind::Place as u16 != 0 {
                    Some(1)
                } else if bits & Kind::Org as u16 != 0 {
                    Some(2)
                } else if bits & Kind::Person as u16 != 0 {
                    Some(3)
                } else if bits & Kind::Demonym as u16 != 0 {
                    Some(4)
                } else {
                    None
                }
            };
            let mut best = kind_of(self.toks[i].kinds).map(|k| (1, k));
            let longer = if self.toks[i].phrase { range.end.min(i + MAX_LIST_TOKENS) } else { i + 1 };
            self.buf.clear();
            if longer > i + 1 {
                push_lower(w, &mut self.buf);
            }
            for j in i + 1..longer {
                let wj = doc.tok(j);
                let word = doc.tokens[j].kind == TokenKind::Word;
                if !(word && (wj.starts_with(char::is_uppercase) || wj.len() <= 4) || wj == "&") {
                    break;
                }
                self.buf.push(' ');
                push_lower(wj, &mut self.buf);
                if let Some(kind) = kind_of(kinds(&self.buf).bits()) {
                    best = Some((j + 1 - i, kind));
                }
            }
            match best {
                Some((n, kind)) => {
                    for j in i..i + n {
                        self.toks[j].gaz = kind * 2 + u8::from(j == i);
                    }
                    i += n;
                }
                None => i += 1,
            }
        }
    }

    /// Records the first pass's types (0 = O, 1..=4 = PER, ORG, LOC, MISC per token) for the second pass's
    /// "tagged elsewhere in the document" feature: each token sees the majority type of the other tokens of
    /// the same lower-cased form.
    pub fn set_first_pass(&mut self, types: &[u8]) {
        self.votes.clear();
        self.votes.resize(self.form_flags.len(), [0; 5]);
        for (tok, &t) in self.toks.iter().zip(types) {
            self.votes[tok.form as usize][usize::from(t.min(4))] += 1;
        }
        for (tok, &t) in self.toks.iter_mut().zip(types) {
            let mut v = self.votes[tok.form as usize];
            v[usize::from(t.min(4))] -= 1;
            // The most frequent type, the first of equals.
            let mut best = 1;
            for k in 2..5 {
                if v[k] > v[best] {
                    best = k;
                }
            }
            tok.elsewhere = if v[best] == 0 {
                0
            } else if v[best] >= v[0] {
                1 + best as u8
            } else {
                5 + best as u8
            };
        }
        self.set_coordination(types);
    }

    /// Forgets the first pass (so that the same extractor gives first-pass features again).
    pub fn clear_first_pass(&mut self) {
        for tok in &mut self.toks {
            tok.elsewhere = 0;
            tok.coord = 0;
        }
    }

    /// Records, for the second pass, the first pass's type of the name each token is coordinated with:
    /// "OpenAI , Google and Anthropic" share a type, so each sees the others' (lists are common in news).
    fn set_coordination(&mut self, types: &[u8]) {
        let joins = [word_hash(","), word_hash("and"), word_hash("or")];
        let n = self.toks.len().min(types.len());
        for i in 0..n {
            let left = if i >= 2 && joins.contains(&self.toks[i - 1].word) { types[i - 2].min(4) } else { 0 };
            let right = if i + 2 < n && joins.contains(&self.toks[i + 1].word) { types[i + 2].min(4) } else { 0 };
            self.toks[i].coord = left | right << 3;
        }
    }

    /// Calls `f` with the weight-table row of every feature of token `i` (whose sentence is `sentence`): the
    /// local ones ([`local`](Self::local)) and the second pass's ([`elsewhere`](Self::elsewhere)).
    pub fn for_each(&self, i: usize, sentence: &Range<usize>, mut f: impl FnMut(u32)) {
        let mut rows = [0u32; MAX_FEATURES];
        let n = self.local(i, sentence, &mut rows);
        rows[..n].iter().for_each(|&r| f(r));
        let n = self.elsewhere(i, &mut rows);
        rows[..n].iter().for_each(|&r| f(r));
    }

    /// The second-pass features of token `i` (none before [`set_first_pass`](Self::set_first_pass)).
    #[inline]
    pub fn elsewhere(&self, i: usize, rows: &mut [u32; MAX_FEATURES]) -> usize {
        let t = &self.toks[i];
        let mut n = 0;
        if t.elsewhere != 0 {
            let e = u64::from(t.elsewhere);
            rows[0] = row(45, e);
            rows[1] = row(46, mix(e, u64::from(t.case)));
            rows[2] = row(47, mix(e, t.word));
            n = 3;
        }
        if t.coord != 0 {
            let c = u64::from(t.coord);
            rows[n] = row(50, c);
            rows[n + 1] = row(51, mix(c, t.shape));
            n += 2;
        }
        n
    }

    /// The weight-table rows of the local and document-flag features of token `i` (whose sentence is
    /// `sentence`), written to `rows`; returns how many: its [own](Self::own) and its
    /// [context](Self::context) features.
    #[inline]
    pub fn local(&self, i: usize, sentence: &Range<usize>, rows: &mut [u32; MAX_FEATURES]) -> usize {
        let n = self.own(i, rows, 0);
        self.context(i, sentence, rows, n)
    }

    /// For token `i`, a key under which its [own](Self::own) features are those of every other token with the
    /// same key: the index of its word among the document's distinct words, when it is a mid-sentence word of
    /// an ordinarily written sentence (most words; openers and headlines are left out). `None` otherwise.
    #[inline]
    pub fn own_key(&self, i: usize) -> Option<usize> {
        let t = &self.toks[i];
        (t.case == 0 && !t.first).then_some(t.word_index as usize)
    }

    /// The number of distinct words of the prepared document (the bound of [`own_key`](Self::own_key)).
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// The rows of token `i`'s features that depend on its word, its sentence's case, whether it opens the
    /// sentence and the document, but not on its neighbours; written to `rows` from `n` on, returns the new
    /// count.
    #[inline(always)]
    pub fn own(&self, i: usize, rows: &mut [u32; MAX_FEATURES], mut n: usize) -> usize {
        let t = &self.toks[i];
        let mut emit = |template: u64, v: u64| {
            rows[n] = row(template, v);
            n += 1;
        };
        let case = u64::from(t.case);
        emit(0, 1); // bias
        emit(1, t.word);
        emit(8, t.shape);
        // Affixes are kept per distinct word, not per token: 56 bytes a token that a long text would pay for.
        for (k, &a) in self.words[t.word_index as usize].affix.iter().enumerate() {
            if a != 0 {
                emit(16 + k as u64, a);
            }
        }
        emit(24, mix(case, t.shape));
        emit(25, mix(u64::from(t.first), t.shape));
        emit(26, mix(case, u64::from(t.first)));
        let c = u64::from(t.cluster);
        if c != 0 {
            emit(27, c & 0xf);
            emit(28, c & 0xff);
            emit(29, c & 0xfff);
            emit(30, c);
            emit(31, mix(case, c & 0xff));
        } else {
            emit(32, mix(case, t.shape));
        }
        let mut kinds = t.kinds;
        while kinds != 0 {
            let bit = u64::from(kinds.trailing_zeros());
            kinds &= kinds - 1;
            emit(37, bit);
            emit(38, mix(bit, t.shape));
        }
        emit(43, mix(u64::from(t.doc), case));
        emit(44, mix(mix(u64::from(t.doc), case), t.shape));
        n
    }

    /// The rows of token `i`'s features that involve its neighbours or the word-list span over it; written to
    /// `rows` from `n` on, returns the new count.
    #[inline(always)]
    pub fn context(&self, i: usize, sentence: &Range<usize>, rows: &mut [u32; MAX_FEATURES], mut n: usize) -> usize {
        let none = Tok { word: PAD, shape: PAD, ..Tok::default() };
        let t = &self.toks[i];
        let p1 = if i > sentence.start { &self.toks[i - 1] } else { &none };
        let p2 = if i > sentence.start + 1 { &self.toks[i - 2] } else { &none };
        let n1 = if i + 1 < sentence.end { &self.toks[i + 1] } else { &none };
        let n2 = if i + 2 < sentence.end { &self.toks[i + 2] } else { &none };
        let mut emit = |template: u64, v: u64| {
            rows[n] = row(template, v);
            n += 1;
        };
        let case = u64::from(t.case);
        emit(2, p1.word);
        emit(3, n1.word);
        emit(4, p2.word);
        emit(5, n2.word);
        emit(6, mix(p1.word, t.word));
        emit(7, mix(t.word, n1.word));
        emit(9, p1.shape);
        emit(10, n1.shape);
        emit(11, mix(p1.shape, t.shape));
        emit(12, mix(t.shape, n1.shape));
        emit(13, mix(mix(p1.shape, t.shape), n1.shape));
        emit(14, p2.shape);
        emit(15, n2.shape);
        emit(33, u64::from(p1.cluster) & 0xff);
        emit(34, u64::from(p1.kinds));
        emit(35, u64::from(n1.cluster) & 0xff);
        emit(36, u64::from(n1.kinds));
        if t.gaz != 0 {
            emit(39, u64::from(t.gaz));
            emit(40, mix(u64::from(t.gaz), case));
        }
        if p1.gaz != 0 {
            emit(41, u64::from(p1.gaz));
        }
        if n1.gaz != 0 {
            emit(42, u64::from(n1.gaz));
        }
        emit(48, mix(p1.word, n1.shape));
        emit(49, mix(p1.shape, n1.word));
        n
    }
}

/// The most features one token has (local ones: 43 + 2 per word-list kind; second pass: 5).
pub const MAX_FEATURES: usize = 80;

#[inline]
fn row(template: u64, v: u64) -> u32 {
    bucket(mix(template.wrapping_mul(K) ^ 0x1234_5678, v))
}

/// 0: ordinary case; 1: written in capitals (a headline, a dateline); 2: title case.
fn sentence_case(doc: &Doc, toks: Range<usize>) -> u8 {
    let (mut words, mut upper, mut long, mut long_titled) = (0usize, 0usize, 0usize, 0usize);
    for i in toks.clone() {
        let w = doc.tok(i);
        if doc.tokens[i].kind != TokenKind::Word || !w.chars().any(char::is_alphabetic) {
            continue;
        }
        words += 1;
        if w.len() >= 2 && !w.chars().any(char::is_lowercase) {
            upper += 1;
        }
        if w.len() >= 4 {
            long += 1;
            long_titled += usize::from(w.starts_with(char::is_uppercase));
        }
    }
    if upper > 0 && upper * 10 >= words * 7 {
        1
    } else if long >= 4 && long_titled * 10 >= long * 9 && !matches!(doc.tok(toks.end - 1), "." | "!" | "?") {
        2
    } else {
        0
    }
}

/// One character as the features see it: lower-cased, digits as `0`, curly apostrophes and quotes and long
/// dashes as their ASCII forms (CoNLL's text is ASCII).
#[inline]
fn norm(c: char) -> char {
    match c {
        '0'..='9' => '0',
        '’' | 'ʼ' | '‘' => '\'',
        '“' | '”' | '„' => '"',
        '–' | '—' | '‐' => '-',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

#[inline]
fn fold(h: u64, c: char) -> u64 {
    (h ^ c as u64).wrapping_mul(0x0000_0100_0000_01b3)
}

const FNV: u64 = 0xcbf2_9ce4_8422_2325;

/// The hash of the normalised, lower-cased word.
pub fn word_hash(w: &str) -> u64 {
    if w.is_ascii() {
        return w.bytes().fold(FNV, |h, b| fold(h, norm_ascii(b)));
    }
    w.chars().fold(FNV, |h, c| fold(h, norm(c)))
}

#[inline]
fn norm_ascii(b: u8) -> char {
    if b.is_ascii_digit() {
        '0'
    } else {
        char::from(b.to_ascii_lowercase())
    }
}

/// The hash of the word's shape: `X` upper, `x` lower, `d` digit, punctuation as itself; runs longer than
/// two collapsed ("Xxxx" → "Xxx", "U.S." → "X.X.", "1996-08-22" → "dd-dd-dd").
fn shape_hash(w: &str) -> u64 {
    let mut h = FNV;
    let (mut last, mut run) = ('\0', 0);
    let ascii = w.is_ascii();
    for c in w.chars() {
        let s = if ascii {
            match c {
                'A'..='Z' => 'X',
                'a'..='z' => 'x',
                '0'..='9' => 'd',
                c => c,
            }
        } else if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            norm(c)
        };
        if s == last {
            run += 1;
            if run > 2 {
                continue;
            }
        } else {
            last = s;
            run = 1;
        }
        h = fold(h, s);
    }
    h
}

/// Suffixes of 1..=4 characters, then prefixes of 1..=3, of the normalised word (0 when too short).
fn affixes(w: &str, out: &mut [u64; 7]) {
    *out = [0; 7];
    if w.is_ascii() {
        let b = w.as_bytes();
        let n = b.len();
        if n < 2 {
            return;
        }
        for (k, len) in (1..=4).enumerate() {
            if len < n {
                out[k] = b[n - len..].iter().fold(FNV ^ len as u64, |h, &c| fold(h, norm_ascii(c)));
            }
        }
        for (k, len) in (1..=3).enumerate() {
            if len < n {
                out[4 + k] = b[..len].iter().fold(FNV ^ (16 + len) as u64, |h, &c| fold(h, norm_ascii(c)));
            }
        }
        return;
    }
    let n = w.chars().count();
    if n < 2 {
        return;
    }
    for (k, len) in (1..=4).enumerate() {
        if len < n {
            out[k] = w.chars().skip(n - len).fold(FNV ^ len as u64, |h, c| fold(h, norm(c)));
        }
    }
    for (k, len) in (1..=3).enumerate() {
        if len < n {
            out[4 + k] = w.chars().take(len).fold(FNV ^ (16 + len) as u64, |h, c| fold(h, norm(c)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_and_straight_apostrophes_look_the_same() {
        assert_eq!(word_hash("’s"), word_hash("'s"));
        assert_eq!(word_hash("Germany"), word_hash("GERMANY"));
        assert_eq!(word_hash("1996"), word_hash("2001"));
        assert_eq!(shape_hash("Droege"), shape_hash("Labelbox"));
        assert_ne!(shape_hash("Droege"), shape_hash("DROEGE"));
        assert_eq!(shape_hash("—"), shape_hash("-"));
    }

    #[test]
    fn features_are_in_range_and_repeatable() {
        let doc = Doc::new("Jason Droege runs Scale AI’s unit.\nLABELBOX HIRES");
        let mut x = Extractor::default();
        x.prepare(&doc);
        let mut a = Vec::new();
        for s in &x.sentences {
            for i in s.clone() {
                x.for_each(i, s, |b| a.push(b));
            }
        }
        assert!(a.iter().all(|&b| (b as usize) < BUCKETS));
        let mut b = Vec::new();
        x.prepare(&doc);
        for s in &x.sentences {
            for i in s.clone() {
                x.for_each(i, s, |f| b.push(f));
            }
        }
        assert_eq!(a, b);
    }
}
