//! Reading a stream once in chunks: its SHA-256 and size, and a copy to `out` on the way (a ZIP
//! entry, or nowhere with `std::io::sink()`).

use sha2::{Digest, Sha256};
use std::io::{Read, Write};

pub fn copy_hashed(mut from: impl Read, mut out: impl Write) -> std::io::Result<(String, u64)> {
    let mut hash = Sha256::new();
    let mut size = 0u64;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = from.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hash.update(&buf[..n]);
        out.write_all(&buf[..n])?;
        size += n as u64;
    }
    Ok((format!("{:x}", hash.finalize()), size))
}
