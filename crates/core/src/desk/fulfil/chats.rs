//! Which confirmed chat messages go into a bundle: of a group chat only the subject's own (a
//! chat the index cannot tell is treated as a group, the safe side); a 1:1 chat still partly
//! undecided is named so that staff can decide the rest of the conversation.

use crate::fulfil::bundle::chat::{ChatAuthor, LeftOut, LeftOutReason, PartialChat};
use crate::fulfil::bundle::names;
use crate::sources::{Record, SourceKind};
use crate::{Result, Store};
use std::collections::BTreeMap;

pub(super) struct ChatRule {
    kinds: BTreeMap<(String, String), SourceKind>,
    chats: BTreeMap<(String, String), bool>,
    author: ChatAuthor,
    pub(super) left_out: Vec<LeftOut>,
}

impl ChatRule {
    pub(super) fn of(store: &Store, request_id: &str) -> Result<ChatRule> {
        Ok(ChatRule {
            kinds: store.file_kinds()?,
            chats: store.chat_kinds()?,
            author: ChatAuthor::of(&store.latest_identifiers(request_id)?),
            left_out: Vec::new(),
        })
    }

    /// The kind of a source file, as its reading found it.
    pub(super) fn kind(&self, source: &str, file: &str) -> SourceKind {
        self.kinds
            .get(&(source.to_string(), file.to_string()))
            .copied()
            .unwrap_or(SourceKind::GenericCsv)
    }

    /// Whether a confirmed record goes in; one that does not is noted in `left_out`.
    pub(super) fn keeps(&mut self, source: &str, file: &str, record: &Record) -> bool {
        if self.kind(source, file) != SourceKind::WhatsappChat {
            return true;
        }
        let key = (source.to_string(), file.to_string());
        let one_to_one = self.chats.get(&key) == Some(&false);
        if one_to_one || self.author.wrote(record) {
            return true;
        }
        self.left_out.push(LeftOut {
            entry: names::entry(source, file),
            record: record.number,
            reason: LeftOutReason::GroupMember,
        });
        false
    }

    /// The 1:1 chats with some messages confirmed and others not yet decided.
    pub(super) fn partial_chats(
        &self,
        store: &Store,
        request_id: &str,
    ) -> Result<Vec<PartialChat>> {
        Ok(store
            .decided_per_file(request_id)?
            .into_iter()
            .filter(|d| {
                d.confirmed > 0
                    && d.undecided > 0
                    && self.chats.get(&(d.source.clone(), d.file.clone())) == Some(&false)
            })
            .map(|d| PartialChat {
                entry: names::entry(&d.source, &d.file),
                confirmed: d.confirmed,
                undecided: d.undecided,
            })
            .collect())
    }
}
