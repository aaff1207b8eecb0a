//! Output files for the examples, never written over by accident.
//!
//! A file is always made anew (`create_new`), so an existing file is not
//! overwritten and a symlink, even a dangling one, is not followed. With
//! `--force` the existing file or symlink (never a directory) is removed
//! first; what a symlink pointed to is left alone.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// Creates the file at `path`; see the module documentation for `force`.
pub(crate) fn create_file(path: &Path, force: bool) -> io::Result<File> {
    if force {
        match std::fs::remove_file(path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    OpenOptions::new().write(true).create_new(true).open(path)
}

/// Creates the file at `path` and writes it through a buffer with `write`.
/// The error, ready to print, names the file.
pub(crate) fn write_file(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut BufWriter<File>) -> io::Result<()>,
) -> Result<(), String> {
    let file = create_file(path, force).map_err(|e| match e.kind() {
        io::ErrorKind::AlreadyExists => format!(
            "{} already exists; pass --force to replace it",
            path.display()
        ),
        _ => format!("cannot create {}: {e}", path.display()),
    })?;
    let mut out = BufWriter::new(file);
    write(&mut out)
        .and_then(|()| out.flush())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Writes a whole document to `out`, or to standard output when `out` is
/// `None`, and gives the exit code: the one way the single-document
/// examples (`timeline`, `relations_chart`) emit what they made.
#[allow(dead_code)] // the examples that write several files do not use it
pub(crate) fn emit(out: Option<&Path>, force: bool, document: &[u8]) -> std::process::ExitCode {
    match out {
        Some(path) => match write_file(path, force, |w| w.write_all(document)) {
            Ok(()) => std::process::ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                std::process::ExitCode::FAILURE
            }
        },
        None => crate::stdout::to_stdout(|w| w.write_all(document)),
    }
}

/// Emits a chart a `draw` function made, or reports why it could not be
/// drawn: the one ending of the chart examples.
#[allow(dead_code)] // the examples that draw no chart do not use it
pub(crate) fn emit_chart(
    out: Option<&Path>,
    force: bool,
    drawn: Result<String, String>,
) -> std::process::ExitCode {
    match drawn {
        Ok(svg) => emit(out, force, svg.as_bytes()),
        Err(e) => {
            eprintln!("error: cannot draw the chart: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
