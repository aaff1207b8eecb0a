//! Standard output for the examples: locked, buffered, and checked.
//!
//! `println!` panics when standard output is closed or full. The examples
//! write their output through [`to_stdout`] instead: a reader that goes away
//! (`| head`) ends the example quietly with [`BROKEN_PIPE`], and any other
//! write error is reported on standard error.

use std::io::{self, BufWriter, StdoutLock, Write};
use std::process::ExitCode;

/// The exit code after a broken pipe: 128 + SIGPIPE, as a shell reports a
/// process that the signal ended.
pub(crate) const BROKEN_PIPE: u8 = 141;

/// Standard output, locked and buffered.
pub(crate) type Stdout = BufWriter<StdoutLock<'static>>;

/// Runs `write` on standard output, flushes it, and tells how the example
/// should exit.
pub(crate) fn to_stdout(write: impl FnOnce(&mut Stdout) -> io::Result<()>) -> ExitCode {
    let mut out = BufWriter::new(io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(BROKEN_PIPE),
        Err(e) => {
            eprintln!("error: cannot write to standard output: {e}");
            ExitCode::FAILURE
        }
    }
}
