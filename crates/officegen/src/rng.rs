//! The generator's own small PRNG (SplitMix64): the same seed gives the same office on every
//! platform and build, with no dependency whose stream could change.

/// A deterministic random stream. Each export gets its own stream (named by a label and the
/// seed), so adding rows to one file never shifts another.
pub struct Rng {
    state: u64,
}

impl Rng {
    /// The stream `label` of office `seed`.
    pub fn new(label: &str, seed: u64) -> Rng {
        // FNV-1a over the label, then mixed with the seed.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in label.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        let mut rng = Rng {
            state: h ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15),
        };
        rng.next_u64();
        rng
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo) as usize + 1) as u32
    }

    /// A number in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One value by weight.
    pub fn weighted<T: Copy>(&mut self, items: &[(T, u32)]) -> T {
        let total: u32 = items.iter().map(|(_, w)| w).sum();
        let mut x = self.below(total as usize) as u32;
        for (v, w) in items {
            if x < *w {
                return *v;
            }
            x -= w;
        }
        items[items.len() - 1].0
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }

    /// `n` decimal digits.
    pub fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }

    /// Lower-case hexadecimal of `n` random nibbles.
    pub fn hex(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b"0123456789abcdef"[self.below(16)]))
            .collect()
    }
}

/// A short stable hash of a text (message ids, MIME boundaries), as hex.
pub fn stable_hex(text: &str, len: usize) -> String {
    Rng::new(text, 0).hex(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_label_and_seed_give_the_same_stream() {
        let a: Vec<u64> = (0..5).map(|_| Rng::new("cw", 7).next_u64()).collect();
        assert!(
            a.windows(2).all(|w| w[0] == w[1]),
            "a stream is reproducible"
        );
        let mut x = Rng::new("cw", 7);
        let mut y = Rng::new("cw", 8);
        assert_ne!(x.next_u64(), y.next_u64(), "another seed, another stream");
    }

    #[test]
    fn ranges_stay_inside_their_bounds() {
        let mut r = Rng::new("t", 1);
        for _ in 0..10_000 {
            assert!((3..=9).contains(&r.between(3, 9)), "between is inclusive");
            assert!(r.below(4) < 4, "below is exclusive");
            assert!((0.0..1.0).contains(&r.unit()), "unit is in [0, 1)");
        }
    }
}
