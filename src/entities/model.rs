//! The trained weights (`model.bin`, written by `examples/train_entities.rs`) and Viterbi decoding.
//!
//! Emission weights are one row of [`COLS`] `i8`s per feature bucket (PER, ORG, LOC, MISC; O is 0); the nine BIO
//! states (O, B-PER, I-PER, B-ORG, …) share their type's row, and a 9×9 transition table (plus start scores)
//! tells B from I. Decoding keeps the BIO constraint: I-X only after B-X or I-X.
//!
//! File layout, little-endian: `b"NMT1"`, `u32` bucket bits, `i32` unit (the quantised value of a raw weight
//! of 1), `u8` passes (1, or 2 when the second pass is trained), 9 start and 81 transition `i16`s, `u32` row
//! count `n`, `n` LEB128 deltas between successive non-zero row indices, then `n × 4` weights.

use super::features::{BUCKETS, BUCKET_BITS};
use std::sync::OnceLock;

/// O, PER, ORG, LOC, MISC.
pub const TYPES: usize = 5;
/// Columns of the weight table: PER, ORG, LOC, MISC. O's weight is 0 in every row (adding the same amount to
/// every type of a token changes no decision, so the trainer subtracts O's weight from the others).
pub const COLS: usize = 4;
/// O, then B and I of each type.
pub const STATES: usize = 9;

/// The entity type (0 = O) of a BIO state.
#[inline]
pub fn type_of(state: usize) -> usize {
    state.div_ceil(2)
}

/// Whether `state` is an I- state.
#[inline]
pub fn is_inside(state: usize) -> bool {
    state > 0 && state % 2 == 0
}

/// Whether the BIO constraint allows `cur` after `prev` (`None`: at the start of a sentence).
#[inline]
pub fn allowed(prev: Option<usize>, cur: usize) -> bool {
    !is_inside(cur) || prev.is_some_and(|p| p != 0 && type_of(p) == type_of(cur))
}

/// 64 rows of the (conceptual) weight table: which are non-zero, and how many non-zero rows come before them.
/// One lookup reads one of these and then one packed row.
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Block {
    nonzero: u64,
    /// The index in [`Model::rows`] of the block's first non-zero row.
    rank: u32,
}

pub struct Model {
    /// Per 64 rows: which are non-zero and where they are.
    blocks: Box<[Block; BUCKETS / 64]>,
    /// An all-zero row (where every zero row points), then the non-zero rows, in row order: small enough to stay
    /// in cache, where a dense table would not.
    rows: Vec<[i8; COLS]>,
    pub start: [i32; STATES],
    pub trans: [[i32; STATES]; STATES],
    pub unit: i32,
    pub passes: u8,
}

static BYTES: &[u8] = include_bytes!("model.bin");

static MODEL: OnceLock<Model> = OnceLock::new();

/// The compiled-in model, decoded on first use (a few milliseconds).
pub fn model() -> &'static Model {
    MODEL.get_or_init(|| decode(BYTES).unwrap_or_else(empty))
}

/// Makes the process tag with the model in `bytes` instead of the compiled-in one, so that an evaluation can
/// score another model through the whole pipeline. It takes effect only before the first annotation; returns
/// whether it did (false too when `bytes` is no model for this build).
pub fn use_model(bytes: &[u8]) -> bool {
    decode(bytes).is_some_and(|m| MODEL.set(m).is_ok())
}

fn empty() -> Model {
    Model {
        blocks: Box::new([Block::default(); BUCKETS / 64]),
        rows: vec![[0; COLS]],
        start: [0; STATES],
        trans: [[0; STATES]; STATES],
        unit: 1,
        passes: 1,
    }
}

/// Reads a model file; `None` when it is not one for this build's feature table.
pub fn decode(bytes: &[u8]) -> Option<Model> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(4)? != b"NMT1" || r.u32()? != BUCKET_BITS {
        return None;
    }
    let unit = r.u32()? as i32;
    let passes = r.take(1)?[0];
    let mut m = empty();
    m.unit = unit.max(1);
    m.passes = passes;
    for s in &mut m.start {
        *s = r.i16()?;
    }
    for row in &mut m.trans {
        for t in row.iter_mut() {
            *t = r.i16()?;
        }
    }
    let n = r.u32()? as usize;
    let mut rows = Vec::with_capacity(n);
    let mut row = 0usize;
    for k in 0..n {
        let d = r.leb()?;
        row = if k == 0 { d } else { row + d };
        if row >= BUCKETS {
            return None;
        }
        rows.push(row);
    }
    (m.start, m.trans) = masked(&m.start, &m.trans);
    let w = r.take(n * COLS)?;
    for (k, &row) in rows.iter().enumerate() {
        m.rows.push(std::array::from_fn(|t| w[k * COLS + t] as i8));
        m.blocks[row / 64].nonzero |= 1 << (row % 64);
    }
    let mut before = 1;
    for block in m.blocks.iter_mut() {
        block.rank = before;
        before += block.nonzero.count_ones();
    }
    // Rows must be strictly increasing for the ranks to address them.
    if rows.windows(2).any(|p| p[0] >= p[1]) {
        return None;
    }
    Some(m)
}

impl Model {
    /// The weights of row `r` (PER, ORG, LOC, MISC), or `None` when they are all 0.
    #[cfg(test)]
    pub fn row(&self, r: usize) -> Option<&[i8; COLS]> {
        let w = self.weights(r);
        (w != &[0; COLS]).then_some(w)
    }

    /// The weights of row `r` (PER, ORG, LOC, MISC), all 0 for a row the file does not store. Without a branch
    /// on whether the row is stored (which the processor could not predict): a missing row reads row 0, which
    /// is all zeros.
    #[inline(always)]
    pub fn weights(&self, r: usize) -> &[i8; COLS] {
        // In range whatever `r` is (rows come from `bucket`, below BUCKETS), so that no check is needed.
        let block = &self.blocks[(r / 64) % (BUCKETS / 64)];
        let below = block.nonzero & ((1u64 << (r % 64)) - 1);
        let stored = (block.nonzero >> (r % 64)) & 1;
        let k = (block.rank + below.count_ones()) as usize * stored as usize;
        self.rows.get(k).unwrap_or(&[0; COLS])
    }
}

/// Writes a model file (the inverse of [`decode`]).
pub fn encode(
    weights: &[i8],
    start: &[i16; STATES],
    trans: &[[i16; STATES]; STATES],
    unit: i32,
    passes: u8,
) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(b"NMT1");
    out.extend_from_slice(&BUCKET_BITS.to_le_bytes());
    out.extend_from_slice(&(unit as u32).to_le_bytes());
    out.push(passes);
    for s in start {
        out.extend_from_slice(&s.to_le_bytes());
    }
    for row in trans {
        for t in row {
            out.extend_from_slice(&t.to_le_bytes());
        }
    }
    let rows: Vec<usize> =
        (0..BUCKETS).filter(|&r| weights[r * COLS..(r + 1) * COLS].iter().any(|&w| w != 0)).collect();
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    let mut last = 0;
    for (k, &r) in rows.iter().enumerate() {
        let mut d = if k == 0 { r } else { r - last };
        last = r;
        loop {
            let b = (d & 0x7f) as u8;
            d >>= 7;
            if d == 0 {
                out.push(b);
                break;
            }
            out.push(b | 0x80);
        }
    }
    for &r in &rows {
        out.extend(weights[r * COLS..(r + 1) * COLS].iter().map(|&w| w as u8));
    }
    out
}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Option<&'b [u8]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn i16(&mut self) -> Option<i32> {
        Some(i32::from(i16::from_le_bytes(self.take(2)?.try_into().ok()?)))
    }
    fn leb(&mut self) -> Option<usize> {
        let mut v = 0usize;
        for shift in (0..35).step_by(7) {
            let b = self.take(1)?[0];
            v |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
}

/// A score low enough to never win, high enough that adding a sentence's scores to it cannot overflow.
pub trait Score: Copy + PartialOrd + std::ops::Add<Output = Self> {
    const NEG: Self;
}

impl Score for i32 {
    const NEG: i32 = i32::MIN / 4;
}

impl Score for f32 {
    const NEG: f32 = -1e30;
}

/// `start` and `trans` with the moves that BIO forbids set to `Score::NEG`.
pub fn masked<T: Score>(start: &[T; STATES], trans: &[[T; STATES]; STATES]) -> ([T; STATES], [[T; STATES]; STATES]) {
    let mut s = *start;
    let mut t = *trans;
    for cur in 0..STATES {
        if !allowed(None, cur) {
            s[cur] = T::NEG;
        }
        for (prev, row) in t.iter_mut().enumerate() {
            if !allowed(Some(prev), cur) {
                row[cur] = T::NEG;
            }
        }
    }
    (s, t)
}

/// The best BIO state sequence for emission scores `emit` (one row of type scores per token) under `start`
/// and `trans`, which must come from [`masked`] (so that the BIO constraint holds), written to `out`. `scores`
/// is scratch space: the best score of each state at each token.
///
/// The forward pass keeps only the scores; the backward pass finds each token's best predecessor of the one
/// state it follows (the first of equals, as a forward loop keeping the first strictly better one would),
/// rather than the forward pass finding it for all nine states at every token.
pub fn viterbi<T: Score>(
    emit: &[[T; TYPES]],
    start: &[T; STATES],
    trans: &[[T; STATES]; STATES],
    scores: &mut Vec<[T; STATES]>,
    out: &mut Vec<u8>,
) {
    scores.clear();
    scores.resize(emit.len(), [T::NEG; STATES]);
    viterbi_from(emit, start, trans, scores, 0, out);
}

/// [`viterbi`] when `scores` (as long as `emit`) already holds the forward scores of the first `from` tokens,
/// from a run whose emissions of those tokens were the same: only the later tokens' are computed again.
pub fn viterbi_from<T: Score>(
    emit: &[[T; TYPES]],
    start: &[T; STATES],
    trans: &[[T; STATES]; STATES],
    scores: &mut [[T; STATES]],
    from: usize,
    out: &mut Vec<u8>,
) {
    out.clear();
    let Some(first) = emit.first() else { return };
    assert_eq!(scores.len(), emit.len(), "one row of scores a token");
    if from == 0 {
        for s in 0..STATES {
            scores[0][s] = start[s] + first[type_of(s)];
        }
    }
    let from = from.max(1);
    let mut score = scores[from - 1];
    // Column `cur` of `trans` as a row: what each state adds on the way to `cur`.
    let into: [[T; STATES]; STATES] = std::array::from_fn(|cur| std::array::from_fn(|prev| trans[prev][cur]));
    // Written out state by state, with constant indices: a loop over the states is not unrolled at the size
    // optimisation the crate is built with, and then costs several times as many instructions.
    macro_rules! free {
        // O and the B- states follow any state: the best of the nine, as a tree of maxima.
        ($e:ident, $next:ident, $cur:literal) => {{
            let t = &into[$cur];
            let best = max(
                max(max(score[0] + t[0], score[1] + t[1]), max(score[2] + t[2], score[3] + t[3])),
                max(max(max(score[4] + t[4], score[5] + t[5]), max(score[6] + t[6], score[7] + t[7])), score[8] + t[8]),
            );
            $next[$cur] = best + $e[type_of($cur)];
        }};
    }
    macro_rules! inside {
        // An I- state follows only its own B- or I- state.
        ($e:ident, $next:ident, $cur:literal) => {{
            let best = max(score[$cur - 1] + into[$cur][$cur - 1], score[$cur] + into[$cur][$cur]);
            $next[$cur] = best + $e[type_of($cur)];
        }};
    }
    for (e, row) in emit[from..].iter().zip(&mut scores[from..]) {
        let mut next = [T::NEG; STATES];
        free!(e, next, 0);
        free!(e, next, 1);
        free!(e, next, 3);
        free!(e, next, 5);
        free!(e, next, 7);
        inside!(e, next, 2);
        inside!(e, next, 4);
        inside!(e, next, 6);
        inside!(e, next, 8);
        score = next;
        *row = score;
    }
    let mut best = 0;
    for s in 1..STATES {
        if score[s] > score[best] {
            best = s;
        }
    }
    out.resize(emit.len(), 0);
    for i in (1..emit.len()).rev() {
        out[i] = best as u8;
        let before = &scores[i - 1];
        let via = |prev: usize| before[prev] + into[best][prev];
        best = if is_inside(best) {
            if via(best) > via(best - 1) {
                best
            } else {
                best - 1
            }
        } else {
            let mut arg = 0;
            for prev in 1..STATES {
                if via(prev) > via(arg) {
                    arg = prev;
                }
            }
            arg
        };
    }
    out[0] = best as u8;
}

#[inline(always)]
fn max<T: Score>(a: T, b: T) -> T {
    if b > a {
        b
    } else {
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_respects_bio() {
        let emit = [[0, 5, 0, 0, 0], [0, 5, 0, 0, 0], [9, 0, 0, 0, 0]];
        let (mut scores, mut out) = (Vec::new(), Vec::new());
        let (start, trans) = masked(&[0; STATES], &[[0; STATES]; STATES]);
        viterbi(&emit, &start, &trans, &mut scores, &mut out);
        assert_eq!(out[2], 0);
        assert_eq!(type_of(out[0].into()), 1);
        assert!(!is_inside(out[0].into()));
    }

    /// The textbook Viterbi: each token's best predecessor of every state kept in the forward pass, the first
    /// of equals winning.
    fn reference(emit: &[[i32; TYPES]], start: &[i32; STATES], trans: &[[i32; STATES]; STATES]) -> Vec<u8> {
        let Some(first) = emit.first() else { return Vec::new() };
        let mut score: [i32; STATES] = std::array::from_fn(|s| start[s] + first[type_of(s)]);
        let mut back = vec![[0u8; STATES]];
        for e in &emit[1..] {
            let mut next = [0; STATES];
            let mut bp = [0u8; STATES];
            for cur in 0..STATES {
                let candidates: Vec<usize> = if is_inside(cur) { vec![cur - 1, cur] } else { (0..STATES).collect() };
                let (mut best, mut arg) = (score[candidates[0]] + trans[candidates[0]][cur], candidates[0]);
                for &prev in &candidates[1..] {
                    if score[prev] + trans[prev][cur] > best {
                        (best, arg) = (score[prev] + trans[prev][cur], prev);
                    }
                }
                next[cur] = best + e[type_of(cur)];
                bp[cur] = arg as u8;
            }
            score = next;
            back.push(bp);
        }
        let mut best = (1..STATES).fold(0, |b, s| if score[s] > score[b] { s } else { b });
        let mut out = vec![0; emit.len()];
        for i in (0..emit.len()).rev() {
            out[i] = best as u8;
            best = usize::from(back[i][best]);
        }
        out
    }

    #[test]
    fn viterbi_matches_the_textbook_one_ties_included() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        // Small values, so that ties are common.
        let mut next = |range: i32| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % (2 * range as u64 + 1)) as i32 - range
        };
        let (mut scores, mut out) = (Vec::new(), Vec::new());
        for case in 0..3000 {
            let range = if case % 2 == 0 { 2 } else { 50 };
            let (start, trans) = masked(
                &std::array::from_fn(|_| next(range)),
                &std::array::from_fn(|_| std::array::from_fn(|_| next(range))),
            );
            let len = (next(6) + 7) as usize;
            let emit: Vec<[i32; TYPES]> =
                (0..len).map(|_| std::array::from_fn(|t| if t == 0 { 0 } else { next(range) })).collect();
            viterbi(&emit, &start, &trans, &mut scores, &mut out);
            assert_eq!(out, reference(&emit, &start, &trans), "case {case}");
        }
    }

    #[test]
    fn resuming_from_a_token_gives_the_whole_run() {
        let emit = [[0, 5, 0, 0, 0], [0, 5, 0, 0, 0], [9, 0, 0, 0, 0], [0, 0, 3, 0, 0], [0, 0, 4, 0, 0]];
        let (start, trans) = masked(&[0; STATES], &[[0; STATES]; STATES]);
        let (mut scores, mut whole) = (Vec::new(), Vec::new());
        viterbi(&emit, &start, &trans, &mut scores, &mut whole);
        let mut changed = emit;
        changed[3] = [0, 0, 0, 0, 7];
        let mut expected = Vec::new();
        viterbi(&changed, &start, &trans, &mut Vec::new(), &mut expected);
        let mut resumed = Vec::new();
        viterbi_from(&changed, &start, &trans, &mut scores, 3, &mut resumed);
        assert_eq!(resumed, expected);
        assert_ne!(resumed, whole);
    }

    #[test]
    fn encode_decode_round_trip() {
        let mut w = vec![0i8; BUCKETS * COLS];
        w[7 * COLS + 2] = -3;
        w[(BUCKETS - 1) * COLS] = 100;
        let bytes = encode(&w, &[1; STATES], &[[2; STATES]; STATES], 16, 2);
        let m = decode(&bytes).unwrap();
        assert_eq!(m.row(7), Some(&[0, 0, -3, 0]));
        assert_eq!(m.row(BUCKETS - 1), Some(&[100, 0, 0, 0]));
        assert_eq!(m.row(8), None);
        assert_eq!(m.rows.len(), 3);
        assert_eq!((m.unit, m.passes, m.start[3], m.trans[8][8]), (16, 2, 1, 2));
    }
}
