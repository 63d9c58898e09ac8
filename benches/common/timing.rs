//! Timing one step of a benchmark: it runs `runs` times, and the median and the fastest run are
//! printed in one aligned row, so that every bench prints its rows alike.

use std::time::{Duration, Instant};

/// Runs `step` `runs` times (at least once), prints "name  median … ms  fastest … ms" with the
/// name padded to `width`, and returns the last run's value.
pub fn measure<T>(name: &str, runs: usize, width: usize, mut step: impl FnMut() -> T) -> T {
    let runs = runs.max(1);
    let mut times: Vec<Duration> = Vec::with_capacity(runs);
    let start = Instant::now();
    let mut value = step();
    times.push(start.elapsed());
    for _ in 1..runs {
        let start = Instant::now();
        value = step();
        times.push(start.elapsed());
    }
    times.sort();
    println!(
        "{name:<width$} median {:>9.2} ms   fastest {:>9.2} ms",
        times[runs / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3
    );
    value
}
