//! The bundle's private work files: created 0600, never over an existing one, errors naming the
//! file.

use crate::{CoreError, Result};
use std::fs::File;
use std::io::BufWriter;
use std::path::Path;

pub(super) fn io(path: &Path) -> impl Fn(std::io::Error) -> CoreError + '_ {
    move |e| CoreError::File {
        path: path.to_path_buf(),
        message: format!("the bundle's work file cannot be written: {e}"),
    }
}

pub(super) fn create(path: &Path) -> Result<BufWriter<File>> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path).map(BufWriter::new).map_err(io(path))
}
