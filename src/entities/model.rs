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

pub struct Model {
    /// One bit per row of the (conceptual) weight table: whether any of its weights is non-zero.
    nonzero: Vec<u64>,
    /// Per 64 rows: how many non-zero rows come before them.
    rank: Vec<u32>,
    /// The non-zero rows, in row order: small enough to stay in cache, where a dense table would not.
    rows: Vec<[i8; COLS]>,
    pub start: [i32; STATES],
    pub trans: [[i32; STATES]; STATES],
    pub unit: i32,
    pub passes: u8,
}

static BYTES: &[u8] = include_bytes!("model.bin");

/// The compiled-in model, decoded on first use (a few milliseconds).
pub fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| decode(BYTES).unwrap_or_else(empty))
}

fn empty() -> Model {
    Model {
        nonzero: vec![0; BUCKETS / 64],
        rank: vec![0; BUCKETS / 64],
        rows: Vec::new(),
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
        m.nonzero[row / 64] |= 1 << (row % 64);
    }
    let mut before = 0;
    for (rank, bits) in m.rank.iter_mut().zip(&m.nonzero) {
        *rank = before;
        before += bits.count_ones();
    }
    // Rows must be strictly increasing for the ranks to address them.
    if rows.windows(2).any(|p| p[0] >= p[1]) {
        return None;
    }
    Some(m)
}

impl Model {
    /// The weights of row `r` (PER, ORG, LOC, MISC), or `None` when they are all 0.
    #[inline]
    pub fn row(&self, r: usize) -> Option<&[i8; COLS]> {
        let word = *self.nonzero.get(r / 64)?;
        let bit = 1u64 << (r % 64);
        if word & bit == 0 {
            return None;
        }
        let k = self.rank[r / 64] + (word & (bit - 1)).count_ones();
        self.rows.get(k as usize)
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

/// `start` and `trans` with the moves that BIO forbids set to [`Score::NEG`].
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
/// and `trans`, which must come from [`masked`] (so that the BIO constraint holds), written to `out`. `back`
/// is scratch space.
pub fn viterbi<T: Score>(
    emit: &[[T; TYPES]],
    start: &[T; STATES],
    trans: &[[T; STATES]; STATES],
    back: &mut Vec<[u8; STATES]>,
    out: &mut Vec<u8>,
) {
    out.clear();
    back.clear();
    let Some(first) = emit.first() else { return };
    let mut score = [T::NEG; STATES];
    for s in 0..STATES {
        score[s] = start[s] + first[type_of(s)];
    }
    back.push([0; STATES]);
    for e in &emit[1..] {
        let mut next = [T::NEG; STATES];
        let mut bp = [0u8; STATES];
        // O and the B- states follow any state.
        for cur in [0, 1, 3, 5, 7] {
            let (mut best, mut arg) = (score[0] + trans[0][cur], 0u8);
            for prev in 1..STATES {
                let v = score[prev] + trans[prev][cur];
                let better = v > best;
                best = if better { v } else { best };
                arg = if better { prev as u8 } else { arg };
            }
            next[cur] = best + e[type_of(cur)];
            bp[cur] = arg;
        }
        // An I- state follows only its own B- or I- state.
        for cur in [2, 4, 6, 8] {
            let (b, i) = (score[cur - 1] + trans[cur - 1][cur], score[cur] + trans[cur][cur]);
            let (best, arg) = if i > b { (i, cur) } else { (b, cur - 1) };
            next[cur] = best + e[type_of(cur)];
            bp[cur] = arg as u8;
        }
        score = next;
        back.push(bp);
    }
    let mut best = 0;
    for s in 1..STATES {
        if score[s] > score[best] {
            best = s;
        }
    }
    out.resize(emit.len(), 0);
    for i in (0..emit.len()).rev() {
        out[i] = best as u8;
        best = usize::from(back[i][best]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_respects_bio() {
        let emit = [[0, 5, 0, 0, 0], [0, 5, 0, 0, 0], [9, 0, 0, 0, 0]];
        let (mut back, mut out) = (Vec::new(), Vec::new());
        let (start, trans) = masked(&[0; STATES], &[[0; STATES]; STATES]);
        viterbi(&emit, &start, &trans, &mut back, &mut out);
        assert_eq!(out[2], 0);
        assert_eq!(type_of(out[0].into()), 1);
        assert!(!is_inside(out[0].into()));
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
        assert_eq!(m.rows.len(), 2);
        assert_eq!((m.unit, m.passes, m.start[3], m.trans[8][8]), (16, 2, 1, 2));
    }
}
