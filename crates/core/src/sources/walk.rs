//! Walking a source folder: every readable file once per real file (device and inode), hidden
//! entries left out, and no symbolic link followed. A link to something inside the folder is
//! not needed (the walk reaches it by its own path); a link out of the folder, a loop or a
//! broken link is skipped and named with why.

use super::read::is_readable_name;
use crate::{CoreError, Result};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A link inside the folder that was not followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedLink {
    /// Relative to the added folder.
    pub rel_path: String,
    pub why: String,
}

/// The readable files of a source, each with its path relative to the folder, and the links
/// that were not followed.
#[derive(Debug, Clone, Default)]
pub struct Walk {
    pub files: Vec<(PathBuf, String)>,
    pub skipped: Vec<SkippedLink>,
}

/// The same file or folder, however it is reached.
#[cfg(unix)]
fn identity(meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn identity(_meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    None
}

fn relative(path: &Path, root: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Why a link is not followed, or `None` for a link to something inside the folder that the
/// walk reaches by its own path.
fn why_skipped(link: &Path, root: &Path) -> Option<String> {
    let Ok(target) = std::fs::canonicalize(link) else {
        return Some("broken link: it points to nothing".into());
    };
    if !target.starts_with(root) {
        return Some(format!(
            "points outside the added folder (to {}): not followed",
            target.display()
        ));
    }
    let folder = link.parent().and_then(|p| std::fs::canonicalize(p).ok());
    if target.is_dir() && folder.is_some_and(|f| f.starts_with(&target)) {
        return Some(format!(
            "link loop: it points back to {}, which contains it",
            match relative(&target, root).as_str() {
                "" => "the added folder".to_string(),
                rel => rel.to_string(),
            }
        ));
    }
    None
}

/// Walks a file or folder (see the module documentation); sorted by relative path.
pub fn walk(source: &Path) -> Result<Walk> {
    let unreadable = |path: &Path, e: std::io::Error| CoreError::File {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let meta = std::fs::metadata(source).map_err(|e| unreadable(source, e))?;
    if !meta.is_dir() {
        let name = source
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        return Ok(Walk {
            files: vec![(source.to_path_buf(), name)],
            skipped: Vec::new(),
        });
    }
    let root = std::fs::canonicalize(source).map_err(|e| unreadable(source, e))?;
    let mut walk = Walk::default();
    let mut seen = HashSet::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        let dir_meta = std::fs::metadata(&dir).map_err(|e| unreadable(&dir, e))?;
        if identity(&dir_meta).is_some_and(|id| !seen.insert(id)) {
            continue;
        }
        let entries = std::fs::read_dir(&dir).map_err(|e| unreadable(&dir, e))?;
        let mut entries: Vec<_> = entries.flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_symlink() {
                if let Some(why) = why_skipped(&path, &root) {
                    walk.skipped.push(SkippedLink {
                        rel_path: relative(&path, &root),
                        why,
                    });
                }
            } else if kind.is_dir() {
                stack.push(path);
            } else if is_readable_name(&path) {
                let same_file = std::fs::metadata(&path)
                    .ok()
                    .and_then(|m| identity(&m))
                    .is_some_and(|id| !seen.insert(id));
                if !same_file {
                    let rel = relative(&path, &root);
                    walk.files.push((path, rel));
                }
            }
        }
    }
    walk.files.sort_by(|a, b| a.1.cmp(&b.1));
    walk.skipped.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    Ok(walk)
}
