//! The maintainers' tasks, `cargo xtask TASK` (an alias in `.cargo/config.toml`):
//! the generated tables of the library, written again and checked. Not
//! published, not installed.
//!
//! - `predicted-table`: writes `src/hijri/predicted.rs` from the astronomy.
//! - `corrections`: prints the correction list computed from the astronomy.
//! - `generate`: runs every generator that CI checks (the Python ones under
//!   `tools/` on the data under `tests/data/`, and the two above), writing
//!   the files in place.
//! - `check`: runs them all and fails if any file would change (CI runs it).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod corrections;
mod predicted;

/// The Python generators CI runs again, and the file each writes.
const PYTHON: &[(&str, &str)] = &[
    ("tools/gen_corrections.py", "src/arith/corrections.rs"),
    ("tools/gen_hijri.py", "src/hijri/tables.rs"),
    ("tools/gen_delta_t.py", "src/astro/delta_t_table.rs"),
];

const PREDICTED: &str = "src/hijri/predicted.rs";

const USAGE: &str = "usage: cargo xtask predicted-table | corrections | generate | check";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Runs one Python generator (it writes its file in place).
fn python(root: &Path, script: &str) -> Result<(), String> {
    let status = Command::new("python3")
        .arg(script)
        .current_dir(root)
        .stdout(std::process::Stdio::null())
        .status()
        .map_err(|e| format!("python3 {script}: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("python3 {script} failed ({status})")) }
}

/// Every generator; with `check`, the files are put back as they were and
/// every difference is an error.
fn generate(check: bool) -> Result<(), String> {
    let root = root();
    let mut changed = Vec::new();
    for (script, file) in PYTHON {
        let path = root.join(file);
        let before = read(&path)?;
        python(&root, script)?;
        let after = read(&path)?;
        if before != after {
            changed.push(format!("{file} (by {script})"));
            if check {
                std::fs::write(&path, before).map_err(|e| format!("{file}: {e}"))?;
            }
        }
    }
    let path = root.join(PREDICTED);
    let table = predicted::table()?;
    if read(&path)? != table {
        changed.push(format!("{PREDICTED} (by cargo xtask predicted-table)"));
        if !check {
            std::fs::write(&path, &table).map_err(|e| format!("{PREDICTED}: {e}"))?;
        }
    }
    let (first, last) = corrections::YEARS;
    let years = corrections::corrected_years(first, last)?;
    if years != shamsi::CORRECTED_YEARS {
        changed.push(format!(
            "shamsi::CORRECTED_YEARS: the astronomy gives {} years ({years:?})",
            years.len()
        ));
    }
    if changed.is_empty() {
        println!("generated files: all as committed");
        Ok(())
    } else if check {
        Err(format!("generated files differ from the committed ones:\n  {}", changed.join("\n  ")))
    } else {
        println!("written again: {}", changed.join(", "));
        Ok(())
    }
}

fn main() -> ExitCode {
    let task = std::env::args().nth(1);
    let result = match task.as_deref() {
        Some("predicted-table") => predicted::table().and_then(|t| {
            std::fs::write(root().join(PREDICTED), t).map_err(|e| format!("{PREDICTED}: {e}"))
        }),
        Some("corrections") => {
            let (first, last) = corrections::YEARS;
            corrections::corrected_years(first, last).and_then(|years| {
                corrections::write_table(&mut std::io::stdout().lock(), &years)
                    .map_err(|e| e.to_string())
            })
        }
        Some("generate") => generate(false),
        Some("check") => generate(true),
        Some("help" | "-h" | "--help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
