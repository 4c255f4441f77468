//! The learned tagger: a structured perceptron over [`features`](super::features), decoded with Viterbi
//! under BIO constraints, sentence by sentence. With a two-pass model, the second pass sees how the first
//! tagged the same word elsewhere in the document.

use super::features::{Extractor, MAX_FEATURES};
use super::model::{self, is_inside, type_of, Model, STATES, TYPES};
use super::{Confidence, Tagged};
use crate::annotation::Label;
use crate::text::Doc;
use std::cell::RefCell;

const LABELS: [Label; 4] = [Label::Person, Label::Org, Label::Loc, Label::Misc];

/// Reusable buffers for tagging one document after another.
#[derive(Default)]
pub struct Tagger {
    pub x: Extractor,
    /// Per token: the emission scores of its types.
    base: Vec<[i32; TYPES]>,
    /// Per token: Viterbi's best score of each state (the second pass reuses the first's up to the first token
    /// whose emissions it changed).
    scores: Vec<[i32; STATES]>,
    path: Vec<u8>,
    /// The BIO state of every token of the document.
    pub states: Vec<u8>,
    types: Vec<u8>,
    /// Per token: the emission margin of its chosen type over the best other type.
    margin: Vec<i32>,
    /// Per token: whether the second pass changed its emissions.
    changed: Vec<bool>,
    /// Per lower-cased form of the document: the type it was tagged with alone (or as a name's key word).
    form_type: Vec<u8>,
    /// Per distinct word of the document: the summed weights of its own features, once computed.
    own_sums: Vec<Option<[i32; TYPES]>>,
}

impl Tagger {
    /// Tags `doc` with `model`; the result is in `self.states` (and the margins).
    pub fn run(&mut self, doc: &Doc, model: &Model) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("popcnt") {
            // SAFETY: the processor has the POPCNT instruction, checked on the line above.
            unsafe { self.run_popcnt(doc, model) };
            return;
        }
        self.run_portable(doc, model);
    }

    /// [`run`](Self::run) compiled with the POPCNT instruction, which every weight lookup uses (see
    /// [`Model::weights`]): x86-64's baseline lacks it, and counting bits without it takes a dozen instructions.
    /// (WebAssembly always has it.)
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "popcnt")]
    unsafe fn run_popcnt(&mut self, doc: &Doc, model: &Model) {
        self.run_portable(doc, model);
    }

    #[inline(always)]
    fn run_portable(&mut self, doc: &Doc, model: &Model) {
        self.x.prepare(doc);
        let n = self.x.len();
        self.base.clear();
        self.base.resize(n, [0; TYPES]);
        self.emissions(model);
        self.decode(model, false);
        if model.passes >= 2 {
            self.types.clear();
            self.types.extend(self.states.iter().map(|&s| type_of(s.into()) as u8));
            self.x.set_first_pass(&self.types);
            let mut rows = [0u32; MAX_FEATURES];
            self.changed.clear();
            self.changed.resize(n, false);
            for i in 0..n {
                let k = self.x.elsewhere(i, &mut rows);
                if k > 0 {
                    let e = sum(model, &rows[..k]);
                    for (b, e) in self.base[i].iter_mut().zip(e) {
                        *b += e;
                    }
                    self.changed[i] = true;
                }
            }
            self.decode(model, true);
        }
        self.propagate();
    }

    /// Document-level consistency: a capitalised word left untagged takes the label of the same word tagged
    /// elsewhere alone, or as the first word of an organization or the last word of a person ("Scale" after
    /// "Scale AI", "Droege" after "Jason Droege") — unless it opens a sentence and the text also uses it in
    /// lower case ("Shares" and "shares").
    fn propagate(&mut self) {
        let forms = self.x.form_count();
        self.form_type.clear();
        self.form_type.resize(forms, 0);
        let mut i = 0;
        let n = self.states.len();
        while i < n {
            let t = type_of(self.states[i].into()) as u8;
            if t == 0 {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < n && is_inside(self.states[end].into()) {
                end += 1;
            }
            let key = if end == i + 1 {
                Some(i)
            } else if t == 1 {
                Some(end - 1)
            } else if t == 2 {
                Some(i)
            } else {
                None
            };
            if let Some(k) = key {
                let f = self.x.form(k);
                if self.form_type[f] == 0 {
                    self.form_type[f] = t;
                }
            }
            i = end;
        }
        for i in 0..n {
            if self.states[i] != 0 || !self.x.is_name_like(i) {
                continue;
            }
            let t = self.form_type[self.x.form(i)];
            let prev_free = i == 0 || self.states[i - 1] == 0;
            let next_free = i + 1 >= n || !is_inside(self.states[i + 1].into());
            if t != 0 && prev_free && next_free {
                self.states[i] = 2 * t - 1;
                self.margin[i] = 0;
            }
        }
    }

    /// The first pass's emission scores of every token: the sum of its features' weights. The features a token
    /// owns whatever its neighbours ([`Extractor::own`]) are summed once per distinct word of the document.
    #[inline(always)]
    fn emissions(&mut self, model: &Model) {
        let mut rows = [0u32; MAX_FEATURES];
        self.own_sums.clear();
        self.own_sums.resize(self.x.word_count(), None);
        for s in 0..self.x.sentences.len() {
            let range = self.x.sentences[s].clone();
            for i in range.clone() {
                let key = self.x.own_key(i);
                let own = match key.and_then(|w| self.own_sums[w]) {
                    Some(own) => own,
                    None => {
                        let k = self.x.own(i, &mut rows, 0);
                        let own = sum(model, &rows[..k]);
                        if let Some(w) = key {
                            self.own_sums[w] = Some(own);
                        }
                        own
                    }
                };
                let k = self.x.context(i, &range, &mut rows, 0);
                let context = sum(model, &rows[..k]);
                self.base[i] = std::array::from_fn(|t| own[t] + context[t]);
            }
        }
    }

    /// Viterbi over every sentence (`again`: only those whose emissions the second pass changed).
    fn decode(&mut self, model: &Model, again: bool) {
        let n = self.x.len();
        if !again {
            self.states.clear();
            self.states.resize(n, 0);
            self.margin.clear();
            self.margin.resize(n, 0);
            self.scores.clear();
            self.scores.resize(n, [0; STATES]);
        }
        for s in 0..self.x.sentences.len() {
            let range = self.x.sentences[s].clone();
            let from = if again {
                match self.changed[range.clone()].iter().position(|&c| c) {
                    Some(k) => k,
                    None => continue,
                }
            } else {
                0
            };
            let emit = &self.base[range.clone()];
            let scores = &mut self.scores[range.clone()];
            model::viterbi_from(emit, &model.start, &model.trans, scores, from, &mut self.path);
            for (k, i) in range.enumerate() {
                let st = self.path[k];
                let t = type_of(st.into());
                let e = &emit[k];
                let other = (0..TYPES).filter(|&o| o != t).map(|o| e[o]).max().unwrap_or(0);
                self.states[i] = st;
                self.margin[i] = e[t] - other;
            }
        }
    }

    /// The mentions of the last [`run`](Self::run), sorted and non-overlapping.
    pub fn mentions(&self, unit: i32, out: &mut Vec<Tagged>) {
        let mut open: Option<(usize, usize, i32)> = None;
        let close = |open: Option<(usize, usize, i32)>, end: usize, out: &mut Vec<Tagged>| {
            if let Some((mut start, t, margin)) = open {
                // Titles are not part of a name (CoNLL's news rarely writes "Mr.", so the model may take it in).
                while start + 1 < end && self.x.is_title(start) {
                    start += 1;
                }
                out.push(Tagged {
                    tokens: start..end,
                    label: LABELS[t - 1],
                    confidence: confidence(margin, unit),
                    cut: 0,
                });
            }
        };
        for (i, &st) in self.states.iter().enumerate() {
            let st = usize::from(st);
            let t = type_of(st);
            let continues = is_inside(st) && open.is_some_and(|(_, ot, _)| ot == t);
            if continues {
                if let Some(o) = open.as_mut() {
                    o.2 = o.2.min(self.margin[i]);
                }
                continue;
            }
            close(open.take(), i, out);
            if t != 0 {
                open = Some((i, t, self.margin[i]));
            }
        }
        close(open, self.states.len(), out);
    }
}

/// The summed weights of the given rows, per type (O is always 0).
#[inline(always)]
fn sum(model: &Model, rows: &[u32]) -> [i32; TYPES] {
    let (mut per, mut org, mut loc, mut misc) = (0i32, 0i32, 0i32, 0i32);
    for &r in rows {
        let w = model.weights(r as usize);
        per += i32::from(w[0]);
        org += i32::from(w[1]);
        loc += i32::from(w[2]);
        misc += i32::from(w[3]);
    }
    [0, per, org, loc, misc]
}

/// How sure a mention is, from its weakest token's margin, in units of one raw perceptron weight.
fn confidence(margin: i32, unit: i32) -> Confidence {
    if margin >= 8 * unit {
        Confidence::Cued
    } else if margin >= 2 * unit {
        Confidence::Listed
    } else {
        Confidence::Guess
    }
}

/// Tags `doc` with the compiled-in model. The buffers are kept per thread and reused from one document to
/// the next (dropped after a document of over a million tokens, so that one huge text does not pin memory).
pub fn tag(doc: &Doc) -> Vec<Tagged> {
    thread_local! {
        static TAGGER: RefCell<Tagger> = RefCell::new(Tagger::default());
    }
    let model = model::model();
    TAGGER.with(|cell| {
        let mut fresh = Tagger::default();
        let mut guard = cell.try_borrow_mut().ok();
        let tagger = guard.as_deref_mut().unwrap_or(&mut fresh);
        tagger.run(doc, model);
        let mut out = Vec::new();
        tagger.mentions(model.unit, &mut out);
        super::cues::apply(doc, &tagger.x, &mut out);
        super::context::apply(doc, &tagger.x, &mut out);
        if doc.tokens.len() > 1_000_000 {
            *tagger = Tagger::default();
        }
        out
    })
}
