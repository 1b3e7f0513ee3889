use super::*;
use proptest::prelude::*;

/// A key from fixed bytes, so that the values below stay the same on every machine.
fn fixed_key() -> (tempfile::TempDir, IndexSecret) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(crate::index::SECRET_FILE), [7u8; 32]).unwrap();
    let key = IndexSecret::load(dir.path()).unwrap();
    (dir, key)
}

fn entry() -> Entry {
    Entry {
        seq: 42,
        at: "2026-12-03T02:00:00Z".into(),
        actor: "Sari Dewi".into(),
        action: "request.note".into(),
        target: "REQ-2026-0001".into(),
        event_id: Some(17),
        digest: "ab".repeat(32),
        prev: NO_PREV.into(),
        hash: String::new(),
    }
}

/// Reads [`canonical`]'s bytes back into their fields (only to prove nothing is lost in them).
fn fields_of(bytes: &[u8]) -> Option<Vec<Vec<u8>>> {
    let (&version, mut rest) = bytes.split_first()?;
    if version != CANONICAL_VERSION {
        return None;
    }
    let mut out = Vec::new();
    while !rest.is_empty() {
        let (len, tail) = rest.split_at_checked(8)?;
        let len = usize::try_from(u64::from_le_bytes(len.try_into().ok()?)).ok()?;
        let (field, tail) = tail.split_at_checked(len)?;
        out.push(field.to_vec());
        rest = tail;
    }
    Some(out)
}

/// The value was computed apart from this code too (Python's hashlib over the same bytes:
/// `sha256(key ‖ 0x0a ‖ len(prev) ‖ prev ‖ len(canonical) ‖ canonical)`, lengths as u64 LE).
#[test]
fn the_link_of_a_known_entry_never_changes() {
    let (_d, key) = fixed_key();
    assert_eq!(
        link(&key, NO_PREV, &entry()),
        "adcbbd66509f2a19cc0647d6eadf362ccde264c5e52d46122962389dea086d66",
        "the encoding or the keyed hash changed: every chain already written would read as broken"
    );
}

#[test]
fn prev_hash_and_digest_are_bound_into_the_link() {
    let (_d, key) = fixed_key();
    let e = entry();
    let base = link(&key, NO_PREV, &e);
    assert_ne!(base, link(&key, &"1".repeat(64), &e), "another link before");
    let other = Entry {
        digest: "cd".repeat(32),
        ..e.clone()
    };
    assert_ne!(base, link(&key, NO_PREV, &other), "another digest");
    let none = Entry {
        event_id: None,
        ..e
    };
    assert_ne!(base, link(&key, NO_PREV, &none), "no history line");
}

#[test]
fn the_head_file_reads_back_and_a_hand_made_one_does_not() {
    let (_d, key) = fixed_key();
    let head = Head {
        seq: 9,
        hash: "ef".repeat(32),
    };
    let text = head_text(&key, &head);
    assert_eq!(read_head(&key, Some(&text)), HeadFound::Valid(head.clone()));
    let hand = text.replacen("9 ", "7 ", 1);
    assert_eq!(
        read_head(&key, Some(&hand)),
        HeadFound::Unreadable,
        "a head whose number was changed has a tag that no longer fits"
    );
    assert_eq!(read_head(&key, Some("garbage")), HeadFound::Unreadable);
    assert_eq!(read_head(&key, None), HeadFound::Missing);
}

#[test]
fn every_event_kind_has_an_action() {
    for kind in EventKind::ALL {
        let action = Action::of_event(*kind);
        assert_eq!(
            Action::parse(action.as_str()).unwrap(),
            action,
            "{kind}: its action reads back from its code"
        );
    }
}

proptest! {
    /// The encoding keeps every field whole and in place: entries that differ anywhere (a
    /// letter moved from the actor to the action, an event id or none) never share bytes.
    #[test]
    fn the_canonical_encoding_is_one_to_one(
        seq in any::<i64>(),
        at in ".{0,30}",
        actor in ".{0,20}",
        action in ".{0,20}",
        target in ".{0,20}",
        event_id in proptest::option::of(any::<i64>()),
        digest in "[0-9a-f]{0,64}",
    ) {
        let e = Entry {
            seq, at: at.clone(), actor: actor.clone(), action: action.clone(),
            target: target.clone(), event_id, digest: digest.clone(),
            prev: NO_PREV.into(), hash: String::new(),
        };
        let fields = fields_of(&canonical(&e)).expect("the encoding reads back");
        let event = event_id.map(|i| i.to_be_bytes().to_vec()).unwrap_or_default();
        prop_assert_eq!(fields, vec![
            seq.to_be_bytes().to_vec(), at.into_bytes(), actor.into_bytes(),
            action.into_bytes(), target.into_bytes(), event, digest.into_bytes(),
        ]);
    }

    #[test]
    fn moving_text_between_two_fields_changes_the_encoding(a in ".{0,10}", b in ".{1,10}") {
        let one = Entry { actor: format!("{a}{b}"), action: String::new(), ..entry() };
        let two = Entry { actor: a, action: b, ..entry() };
        prop_assert_ne!(canonical(&one), canonical(&two));
    }
}
