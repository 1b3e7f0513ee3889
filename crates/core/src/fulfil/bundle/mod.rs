//! The portability bundle: the subject's confirmed records, each value as the office holds it
//! (other people's addresses and numbers masked), per source file as JSON and CSV, a readable
//! `index.html`, `manifest.json` and `SHA256SUMS.txt` with every file's SHA-256, a `README.txt`;
//! the same inputs give the same bytes. `verify` checks a bundle against its manifest.

pub mod cell;
pub mod chat;
mod columns;
pub mod digest;
mod html;
pub mod manifest;
pub mod mask;
pub mod names;
mod readme;
mod verify;
mod work;
mod writer;

pub use html::escape;
pub use manifest::{Manifest, ManifestFile};
pub use mask::{Masked, Masker};
pub use verify::verify;
pub use writer::{BundleWriter, Meta, PartInfo};
