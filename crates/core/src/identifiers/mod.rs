//! Normalisers for the identifiers a requester gives: e-mail addresses, phone numbers and NIK.
//! The register stores the normalised form; the search builds its keys from the same functions.

pub mod email;
pub mod keys;
pub mod nik;
pub mod phone;
pub mod subject;
