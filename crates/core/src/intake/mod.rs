//! Intake: turning a message (e-mail, mailbox, or a record that asks for something) into a
//! proposed register entry — which rights, who asks, when it was received.

pub mod evidence;
pub mod item;
mod matcher;
mod phrases;
pub mod proposal;
pub mod queue;
pub mod record;
pub mod requester;
pub mod rights;
mod scopes;
mod stem;
pub mod triage;
mod words;
