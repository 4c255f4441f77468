//! Progress of a long `--jsonl` batch on a terminal's stderr: a line rewritten at most four times a second.

use crate::jsonl::Stats;
use std::io::Write;
use std::time::{Duration, Instant};

const EVERY: Duration = Duration::from_millis(250);

pub struct Progress {
    started: Instant,
    last: Instant,
    bytes: u64,
    shown: bool,
}

impl Progress {
    pub fn new() -> Progress {
        let now = Instant::now();
        Progress { started: now, last: now, bytes: 0, shown: false }
    }

    pub fn tick(&mut self, stats: &Stats, bytes: u64) {
        self.bytes += bytes;
        if self.last.elapsed() < EVERY {
            return;
        }
        self.last = Instant::now();
        self.shown = true;
        let secs = self.started.elapsed().as_secs_f64().max(1e-9);
        // Progress is best effort: a failing stderr must not stop the batch.
        let _ = write!(
            std::io::stderr(),
            "\r\x1b[Knewsmark: {} lines, {} errors, {:.1} MB ({:.1} MB/s)",
            stats.lines,
            stats.errors,
            self.bytes as f64 / 1e6,
            self.bytes as f64 / 1e6 / secs
        );
    }

    pub fn finish(&mut self, stats: &Stats) {
        if self.shown {
            let _ = writeln!(
                std::io::stderr(),
                "\r\x1b[Knewsmark: {} lines, {} errors, {:.1} s",
                stats.lines,
                stats.errors,
                self.started.elapsed().as_secs_f64()
            );
        }
    }
}
