//! One sort for the whole crate. The standard library's sorts are instantiated once per element type and
//! comparison, each several kilobytes of WebAssembly (twelve call sites made 43 KB of sort code); this one
//! sorts a permutation of `u32` indices in a single function, with the comparison behind a `dyn`, and then
//! moves the elements into place. Stable, O(n log n) comparisons and O(n) extra memory.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, as `slice::sort_by` does.
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let items = &v[..];
        permutation(items.len(), &mut |a, b| cmp(&items[a as usize], &items[b as usize]))
    };
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().filter_map(|&i| slots.get_mut(i as usize).and_then(Option::take)));
}

/// Sorts `v` stably by the key `f` gives each element, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut f: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// Sorts `v` in ascending order.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// Sorts and removes repeats.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    sort(v);
    v.dedup();
}

/// The indices `0..n` in the stable order `cmp` gives them: runs of `RUN` by insertion, then merged pairwise
/// (bottom up) between two buffers. Indices are `u32`: no text a caller sorts holds 2^32 items.
fn permutation(n: usize, cmp: &mut dyn FnMut(u32, u32) -> Ordering) -> Vec<u32> {
    const RUN: usize = 16;
    let mut a: Vec<u32> = (0..n as u32).collect();
    for run in a.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && cmp(run[j - 1], run[j]) == Ordering::Greater {
                run.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut b = vec![0u32; n];
    let mut width = RUN;
    while width < n {
        for (out, start) in b.chunks_mut(2 * width).zip((0..n).step_by(2 * width)) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (left, right) = (&a[start..mid], &a[mid..end]);
            let (mut i, mut j) = (0, 0);
            for slot in out.iter_mut() {
                // The left run's element first when equal: stable.
                let take_left = j >= right.len() || i < left.len() && cmp(left[i], right[j]) != Ordering::Greater;
                if take_left {
                    *slot = left[i];
                    i += 1;
                } else {
                    *slot = right[j];
                    j += 1;
                }
            }
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so that the test needs no crate.
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed | 1;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % modulo
            })
            .collect()
    }

    #[test]
    fn sorts_as_the_standard_library_does_and_stably() {
        for n in [0, 1, 2, 15, 16, 17, 31, 32, 33, 100, 1000, 4097] {
            for modulo in [3, 1000, u64::MAX] {
                let keys = numbers((n as u64).wrapping_add(modulo), n, modulo);
                // Pairs (key, position): a stable sort by key keeps positions increasing among equal keys.
                let mut ours: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
                let mut std = ours.clone();
                sort_by_key(&mut ours, |p| p.0);
                std.sort_by_key(|p| p.0);
                assert_eq!(ours, std, "n = {n}, keys mod {modulo}");
            }
        }
    }

    #[test]
    fn moves_elements_that_are_not_copy() {
        let mut v: Vec<String> = ["pear", "apple", "fig", "apple"].map(String::from).to_vec();
        sort_dedup(&mut v);
        assert_eq!(v, ["apple", "fig", "pear"]);
        let mut ranges = vec![3..9, 1..4, 3..5, 1..8];
        sort_by(&mut ranges, |a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        assert_eq!(ranges, [1..8, 1..4, 3..9, 3..5]);
    }
}
