//! English and mixed messages.

use super::{look, req, Case};
use pdp_core::vocabulary::Right::*;

pub const CASES: &[Case] = &[
    req("Delete my data\n\nHi, please delete all the personal information you have about me. I don't use your service anymore.", &[Deletion]),
    req("Unsubscribe\n\nStop sending me newsletters. I no longer agree to receive marketing from you.", &[WithdrawConsent]),
    req("Automated decision\n\nMy loan application was rejected by your system automatically and no person looked at it. I want a human to review the decision.", &[Objection]),
    req("Data export\n\nCould you send me my data as a CSV or Excel file? I'm moving to another vendor.", &[Portability]),
    req("Two things\n\nPlease tell me what personal data you hold, then delete what you don't need to keep.", &[Access, Deletion]),
    req("No need to delete\n\nThere is no need to delete my account, just update my phone number to +62 812 5555 0101.", &[Correction]),
    req("Where did you get my number?\n\nI keep getting calls from your sales team. Where did you get my number, and who else has it?", &[Information]),
    req("Restrict processing\n\nPlease pause any use of my personal data until my complaint has been resolved.", &[Restriction]),
    req("Correction\n\nMy surname is spelled wrong in your records. It should be Wijaya, not Widjaja.", &[Correction]),
    req("Consent\n\nI withdraw my consent to the processing of my personal data for marketing purposes.", &[WithdrawConsent]),
    req("On behalf of my father\n\nI am writing on behalf of my late father, Mr. Hendra Gunawan. Please close his account and erase his personal data.", &[Deletion]),
    req("Do not contact me\n\nPlease do not call or text me again. Remove my number from your lists.", &[WithdrawConsent]),
    req("Access request\n\nUnder Indonesia's PDP Law (UU 27/2022) I request access to the personal data you process about me.", &[Access]),
    req("What do you use my data for?\n\nWhat do you use my data for, and on what legal basis?", &[Information]),
    req("Pls delete\n\nmin pls delete data aku ya, udah ga pake app nya", &[Deletion]),
    req("Opt out\n\nPlease opt me out of all marketing communications.", &[WithdrawConsent]),
    req("Human review\n\nYour credit scoring rejected me without any human involvement. I object to this automated decision.", &[Objection]),
    req("Copy of my data\n\nCould you please send me a copy of the personal data you hold about me?", &[Access]),
    req("Delete my account\n\nPlease delete my account because I don't want you to contact me anymore.", &[Deletion]),
    req("Question about my data\n\nI have a question about how my data is handled.", &[Information]),
    req("Request\n\nI'd like to know what information you have on me and where you got it from.", &[Access, Information]),
    req("Profiling\n\nPlease stop profiling me for targeted ads.", &[Objection]),
    req("Moving on\n\nWe are switching to a new supplier next month. Please export all our customer data in a machine-readable format.", &[Portability]),
    req("Wrong email\n\nThe email address on my account is outdated; please change it to dewi.k@example.com.", &[Correction]),
    req("Freeze\n\nPlease freeze my account and do not use my data until the dispute is settled.", &[Restriction]),
    req("Who has my data\n\nWho do you share my personal data with? Please list the third parties.", &[Information]),
    req("Erasure and portability\n\nPlease send me my data as a JSON file so I can move to another provider, and then erase it from your systems.", &[Portability, Deletion]),
    look("Account\n\nI can't log into my account."),
    look("Stop\n\nStop."),
    look("Privacy\n\nIs my information safe with you?"),
    look("Objection\n\nI object to the way your staff spoke to me."),
    look("Data\n\nYour data about me is a mess."),
];
