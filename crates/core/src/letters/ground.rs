//! Why a refusal refuses, and which of those grounds stand while the requester's proof of
//! identity is where it is.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Why a refusal refuses (one or more).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum RefusalGround {
    /// The requester's identity could not be verified.
    Identity,
    /// Granting it would disclose or endanger others (Pasal 33).
    ThirdParty,
    /// An exception of Pasal 15 applies.
    Exception,
}

crate::vocabulary::names!(RefusalGround {
    Identity => "identity",
    ThirdParty => "third-party",
    Exception => "exception",
}, "ground");

/// Where the requester's proof of identity stands against what the office's level for the
/// request's rights asks (the verification gate's requirements, an override aside).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proof {
    /// Something the level asks is still missing.
    Outstanding,
    /// Everything the level asks is met.
    Complete,
    /// The level asks nothing (information about the processing only).
    NotAsked,
}

impl Proof {
    /// The grounds a refusal may give: "identity not verified" only while proof is missing.
    pub fn grounds(self) -> Vec<RefusalGround> {
        RefusalGround::ALL
            .iter()
            .copied()
            .filter(|g| *g != RefusalGround::Identity || self == Proof::Outstanding)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_identity_ground_stands_only_while_proof_is_missing() {
        assert_eq!(
            Proof::Outstanding.grounds(),
            RefusalGround::ALL.to_vec(),
            "an unverified requester may be refused on every ground"
        );
        for proof in [Proof::Complete, Proof::NotAsked] {
            assert_eq!(
                proof.grounds(),
                vec![RefusalGround::ThirdParty, RefusalGround::Exception],
                "a verified requester (or one asked for nothing) cannot be refused as unverified"
            );
        }
    }
}
