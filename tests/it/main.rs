//! All integration tests in one binary (one link, one run): case tables, golden snapshots, properties,
//! offset units, robustness, and the CLI.

mod cases;
mod cli;
mod corrections;
mod exports;
mod golden;
mod names;
mod offsets;
mod properties;
mod robustness;
mod subset;
