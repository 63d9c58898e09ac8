//! Entry point: no subcommand opens the window; subcommands run headless jobs.

use std::process::ExitCode;

use clap::Parser;
use mim_assistant::cli::{self, Cli};

/// The window allocates many small, short-lived objects every frame; mimalloc serves them faster
/// than the system allocator (measured in `benches/ui_frame.rs`, which uses it too).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => match mim_assistant::ui::run_window() {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("mim-assistant: cannot open the window: {err}");
                ExitCode::from(cli::EXIT_IO)
            }
        },
        Some(command) => {
            let code = cli::run(
                &command,
                &mut std::io::stdout().lock(),
                &mut std::io::stderr().lock(),
            );
            ExitCode::from(code)
        }
    }
}
