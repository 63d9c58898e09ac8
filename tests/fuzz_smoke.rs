//! A mutation fuzzer on the stable toolchain for every reader of untrusted files: the
//! assessment, tender and catalog readers, the CSV and XLSX response-form readers, and the
//! returned parts of a shared assessment (part files and questionnaires, merged as read), and
//! the imported catalogs (CISO Assistant YAML, OSCAL JSON, converted as `import-catalog` does). Each
//! reader's batch runs in a child process (this test binary again) with its address space
//! limited (`RLIMIT_AS`), so an abort or an allocation beyond the limit is a failed child, not a
//! dead test runner; inside the child every input runs under `catch_unwind` and against a time
//! limit. A failure names the reader, the seed and the input index, and saves the input.
//!
//! - `cargo test --test fuzz_smoke`: a short run, up to 3,000 inputs per reader or 4 seconds,
//!   whichever comes first (also in CI; a debug build manages a few hundred).
//! - `cargo test --release --test fuzz_smoke -- --ignored long_run --nocapture`: the long runs,
//!   `FUZZ_SMOKE_INPUTS` inputs per reader (default 1,000,000), seed `FUZZ_SMOKE_SEED`; each
//!   prints its inputs per second.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::ExitStatusExt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

mod common;
#[path = "common/forms.rs"]
mod forms;
#[path = "fuzz_smoke/mutate.rs"]
mod mutate;
#[path = "fuzz_smoke/readers.rs"]
mod readers;
#[path = "common/xlsx_edit.rs"]
mod xlsx_edit;

use readers::{Bench, Reader};

/// Which reader the child runs; the child test does nothing without it.
const CHILD_READER: &str = "MIM_FUZZ_CHILD_READER";
const CHILD_SEED: &str = "MIM_FUZZ_CHILD_SEED";
const CHILD_COUNT: &str = "MIM_FUZZ_CHILD_COUNT";
/// Milliseconds after which the child stops early (0: run every input).
const CHILD_BUDGET_MS: &str = "MIM_FUZZ_CHILD_BUDGET_MS";
/// A saved input the child reads instead of generated ones (a finding, kept as a fixture).
const CHILD_FILE: &str = "MIM_FUZZ_CHILD_FILE";
/// Makes the child allocate far beyond its memory limit before its batch: the harness's own test.
const CHILD_HOG: &str = "MIM_FUZZ_CHILD_HOG";

/// The address space a reader's child process may use, in MiB (`FUZZ_SMOKE_MEMORY_MB`).
const DEFAULT_MEMORY_MB: u64 = 1024;

/// Inputs per reader in the short run, and the time after which it stops early.
const SHORT_INPUTS: u64 = 3000;
const SHORT_BUDGET: Duration = Duration::from_secs(4);

/// The longest one input may take (debug builds are some ten times slower).
fn per_input_limit() -> Duration {
    if cfg!(debug_assertions) {
        Duration::from_secs(10)
    } else {
        Duration::from_secs(2)
    }
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(default)
}

/// The child: runs one reader's batch, printing the index of each input before reading it.
#[test]
fn fuzz_child() {
    let Some(reader) = std::env::var(CHILD_READER).ok() else {
        return; // only meaningful when started by a run below
    };
    let reader = Reader::named(&reader).expect("known reader");
    let seed = env_u64(CHILD_SEED, 0);
    let count = env_u64(CHILD_COUNT, 0);
    let budget = Duration::from_millis(env_u64(CHILD_BUDGET_MS, 0));
    let bench = Bench::new(reader);
    limit_address_space(env_u64("FUZZ_SMOKE_MEMORY_MB", DEFAULT_MEMORY_MB));
    if std::env::var_os(CHILD_HOG).is_some() {
        let hog = vec![1u8; 8 << 30];
        println!("{}", hog.iter().map(|b| *b as u64).sum::<u64>());
    }
    let started = Instant::now();
    let mut out = std::io::stdout().lock();
    let mut done = 0;
    for index in 0..count {
        if !budget.is_zero() && started.elapsed() > budget {
            break;
        }
        let input = match std::env::var_os(CHILD_FILE) {
            Some(file) => std::fs::read(file).expect("saved input"),
            None => bench.input(seed, index),
        };
        writeln!(out, "AT {index}").unwrap();
        let began = Instant::now();
        if catch_unwind(AssertUnwindSafe(|| bench.read(&input))).is_err() {
            writeln!(out, "PANIC {index}").unwrap();
            return;
        }
        let took = began.elapsed();
        if took > per_input_limit() {
            writeln!(out, "SLOW {index} {} ms", took.as_millis()).unwrap();
            return;
        }
        done += 1;
    }
    writeln!(out, "DONE {done} {}", started.elapsed().as_millis()).unwrap();
}

/// Limits this process's address space to `megabytes`, so that a runaway allocation fails
/// (and aborts the child) instead of taking the machine's memory.
fn limit_address_space(megabytes: u64) {
    let bytes = megabytes << 20;
    let limit = libc::rlimit {
        rlim_cur: bytes as libc::rlim_t,
        rlim_max: bytes as libc::rlim_t,
    };
    // SAFETY: setrlimit reads the struct we pass and changes only this process's limits.
    let result = unsafe { libc::setrlimit(libc::RLIMIT_AS, &limit) };
    assert_eq!(result, 0, "setrlimit failed");
}

/// What a finished batch did.
struct Finished {
    inputs: u64,
    elapsed: Duration,
}

/// Runs `count` inputs of `reader` seeded with `seed` in a child process (stopping after
/// `budget` when it is not zero); on any failure, panics naming the seed and the input and
/// saving the input.
fn run_batch(reader: Reader, seed: u64, count: u64, budget: Duration) -> Finished {
    let mut child = Process::new(std::env::current_exe().unwrap());
    run_child(
        reader,
        seed,
        child.env(CHILD_COUNT, count.to_string()),
        budget,
        None,
    )
}

/// Feeds the saved input `name` (in tests/fixtures/hostile/fuzz/) to `reader` in a child
/// process, failing as a batch does.
fn run_saved(reader: Reader, name: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile/fuzz")
        .join(name);
    let mut child = Process::new(std::env::current_exe().unwrap());
    child.env(CHILD_FILE, &path).env(CHILD_COUNT, "1");
    run_child(reader, 0, &mut child, Duration::ZERO, Some(&path));
}

/// Runs the child `command` (this binary, with what to read set) for `reader`; `saved` is the
/// file it reads, if it reads one rather than generated inputs.
fn run_child(
    reader: Reader,
    seed: u64,
    command: &mut Process,
    budget: Duration,
    saved: Option<&Path>,
) -> Finished {
    let mut child = command
        .args(["--exact", "fuzz_child", "--nocapture", "--test-threads=1"])
        .env(CHILD_READER, reader.name())
        .env(CHILD_SEED, seed.to_string())
        .env(CHILD_BUDGET_MS, budget.as_millis().to_string())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (lines, from_child) = mpsc::channel();
    std::thread::Builder::new()
        .name(format!("fuzz-{}-output", reader.name()))
        .spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if lines.send(line).is_err() {
                    break;
                }
            }
        })
        .unwrap();
    let hang = per_input_limit() + Duration::from_secs(20);
    let mut last_index = None;
    let mut verdict = None;
    loop {
        match from_child.recv_timeout(hang) {
            Ok(line) => {
                let mut words = line.split_whitespace();
                match (
                    words.next(),
                    words.next().and_then(|w| w.parse::<u64>().ok()),
                ) {
                    (Some("AT"), Some(index)) => last_index = Some(index),
                    (Some("DONE"), Some(inputs)) => {
                        let ms = words.next().and_then(|w| w.parse().ok()).unwrap_or(0);
                        verdict = Some(Ok(Finished {
                            inputs,
                            elapsed: Duration::from_millis(ms),
                        }));
                    }
                    (Some("PANIC"), Some(_)) => verdict = Some(Err("panicked".to_owned())),
                    (Some("SLOW"), Some(_)) => {
                        verdict = Some(Err(format!(
                            "took {} (limit {:?})",
                            words.collect::<Vec<_>>().join(" "),
                            per_input_limit()
                        )))
                    }
                    _ => {} // the test harness's own lines
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                let _ = child.kill();
                verdict = Some(Err(format!("hung (no answer for {hang:?})")));
                break;
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    let status = child.wait().unwrap();
    let verdict = verdict.unwrap_or_else(|| {
        Err(match status.signal() {
            Some(signal) => format!(
                "killed the process with signal {signal} (an abort: memory over the limit or \
                 an allocation failure)"
            ),
            None => format!("ended the process ({status})"),
        })
    });
    match verdict {
        Ok(finished) if status.success() => finished,
        Ok(_) => panic!(
            "{}: the child failed after its batch ({status})",
            reader.name()
        ),
        Err(what) => {
            let index = last_index.unwrap_or(0);
            let saved = saved.map_or_else(|| save_input(reader, seed, index), Path::to_path_buf);
            panic!(
                "{} reader: input {index} of seed {seed:#x} {what}; the input is saved as {}",
                reader.name(),
                saved.display()
            );
        }
    }
}

/// Rebuilds input `index` of `seed` and writes it to the temp folder, for a reproduction.
fn save_input(reader: Reader, seed: u64, index: u64) -> PathBuf {
    let input = Bench::new(reader).input(seed, index);
    let path =
        std::env::temp_dir().join(format!("mim-fuzz-{}-{seed:x}-{index}.bin", reader.name()));
    std::fs::write(&path, input).unwrap();
    path
}

/// The short run of `reader`, as CI runs it.
fn short_run(reader: Reader) {
    let seed = 0x5EED_0000 + reader as u64;
    let finished = run_batch(reader, seed, SHORT_INPUTS, SHORT_BUDGET);
    println!(
        "fuzz_smoke {}: {} inputs in {:?}",
        reader.name(),
        finished.inputs,
        finished.elapsed
    );
    assert!(
        finished.inputs >= 10,
        "{}: only {} inputs ran",
        reader.name(),
        finished.inputs
    );
}

/// The long run of `reader`, printing what it did.
fn long_run(reader: Reader) {
    let seed = env_u64("FUZZ_SMOKE_SEED", 0x10C0_0000) + reader as u64;
    let count = env_u64("FUZZ_SMOKE_INPUTS", 1_000_000);
    let finished = run_batch(reader, seed, count, Duration::ZERO);
    assert_eq!(finished.inputs, count);
    let seconds = finished.elapsed.as_secs_f64().max(0.001);
    println!(
        "fuzz_smoke {}: {} inputs, seed {seed:#x}, {:.0} s, {:.0} inputs/s, 0 failures",
        reader.name(),
        finished.inputs,
        seconds,
        finished.inputs as f64 / seconds
    );
}

#[test]
fn short_run_assessment() {
    short_run(Reader::Assessment);
}

#[test]
fn short_run_tender() {
    short_run(Reader::Tender);
}

#[test]
fn short_run_catalog() {
    short_run(Reader::Catalog);
}

#[test]
fn short_run_csv_form() {
    short_run(Reader::CsvForm);
}

#[test]
fn memory_over_the_limit_fails_the_child_and_not_the_runner() {
    let mut child = Process::new(std::env::current_exe().unwrap());
    child.env(CHILD_HOG, "1").env(CHILD_COUNT, "1");
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        run_child(Reader::Tender, 1, &mut child, Duration::ZERO, None)
    }));
    let message = *outcome
        .err()
        .expect("the child hogging memory counts as a failure")
        .downcast::<String>()
        .unwrap();
    assert!(message.contains("signal 6"), "{message}");
    let saved = message.rsplit(' ').next().unwrap();
    std::fs::remove_file(saved).unwrap();
}

#[test]
fn short_run_xlsx_form() {
    short_run(Reader::XlsxForm);
}

#[test]
fn short_run_part() {
    short_run(Reader::Part);
}

#[test]
fn short_run_questionnaire() {
    short_run(Reader::Questionnaire);
}

#[test]
fn short_run_import_yaml() {
    short_run(Reader::ImportYaml);
}

#[test]
fn short_run_import_json() {
    short_run(Reader::ImportJson);
}

// The finding of the first short XLSX run, kept: a sheet cell whose reference has a row number
// beyond 32 bits (calamine 0.38 panicked on it; the XLSX reader now refuses it at its place).
#[test]
fn a_cell_row_beyond_32_bits_is_refused_not_a_panic() {
    run_saved(Reader::XlsxForm, "xlsx-form-cell-row-overflow.xlsx");
}

/// Writes every reader's seeds to `fuzz/corpus/TARGET/` for the libFuzzer targets of `fuzz/`
/// (whose `coordinator()` is the assessment the part and questionnaire seeds belong to).
#[test]
#[ignore = "writes the libFuzzer corpus: cargo test --test fuzz_smoke -- --ignored write_seeds"]
fn write_seeds() {
    for reader in Reader::ALL {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz/corpus")
            .join(reader.name().replace('-', "_"));
        std::fs::create_dir_all(&dir).unwrap();
        for (index, seed) in Bench::new(reader).seeds().iter().enumerate() {
            std::fs::write(dir.join(format!("seed-{index}")), seed).unwrap();
        }
        println!("{}: seeds in {}", reader.name(), dir.display());
    }
}

#[test]
#[ignore = "long run: cargo test --release --test fuzz_smoke -- --ignored long_run"]
fn long_run_assessment() {
    long_run(Reader::Assessment);
}

#[test]
#[ignore = "long run: cargo test --release --test fuzz_smoke -- --ignored long_run"]
fn long_run_tender() {
    long_run(Reader::Tender);
}

#[test]
#[ignore = "long run: cargo test --release --test fuzz_smoke -- --ignored long_run"]
fn long_run_catalog() {
    long_run(Reader::Catalog);
}

#[test]
#[ignore = "long run: cargo test --release --test fuzz_smoke -- --ignored long_run"]
fn long_run_csv_form() {
    long_run(Reader::CsvForm);
}

#[test]
#[ignore = "long run: cargo test --release --test fuzz_smoke -- --ignored long_run"]
fn long_run_xlsx_form() {
    long_run(Reader::XlsxForm);
}

#[test]
#[ignore = "long run: cargo test --release --test fuzz_smoke -- --ignored long_run"]
fn long_run_part() {
    long_run(Reader::Part);
}

#[test]
#[ignore = "long run: cargo test --release --test fuzz_smoke -- --ignored long_run"]
fn long_run_questionnaire() {
    long_run(Reader::Questionnaire);
}
