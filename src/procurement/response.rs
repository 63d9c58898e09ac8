//! A bidder's answers, as read from a filled response form: one code per item, with the evidence
//! the bidder points to and a comment.

use crate::words::Words;

/// What a bidder says about one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResponseCode {
    /// The offer meets the item as written.
    Meets,
    /// The offer meets the item through an equivalent (another standard, say); counts once the
    /// evaluator accepts the equivalence.
    MeetsEquivalent,
    /// The offer does not meet the item.
    DoesNotMeet,
}

impl ResponseCode {
    /// Every code, in the order the form's list offers them.
    pub const ALL: [ResponseCode; 3] = [
        ResponseCode::Meets,
        ResponseCode::MeetsEquivalent,
        ResponseCode::DoesNotMeet,
    ];

    /// The English text of the form's list, as every form had it before forms were
    /// translated ([`ResponseCode::label_in`] in the form's language).
    pub fn label(self) -> &'static str {
        match self {
            ResponseCode::Meets => "Meets",
            ResponseCode::MeetsEquivalent => "Meets by equivalent",
            ResponseCode::DoesNotMeet => "Does not meet",
        }
    }

    /// The text a bidder picks in the form's list, in the language of `words`.
    pub fn label_in(self, words: &Words) -> String {
        words.get(match self {
            ResponseCode::Meets => "form-response-meets",
            ResponseCode::MeetsEquivalent => "form-response-equivalent",
            ResponseCode::DoesNotMeet => "form-response-not",
        })
    }

    /// Reads a code as a bidder may have typed it in an English form: the list's text in any
    /// case, or the compliance-table letters M, E, N.
    pub fn parse(text: &str) -> Option<ResponseCode> {
        ResponseCode::parse_in(text, &Words::english())
    }

    /// Reads a code as a bidder may have typed it in a form in the language of `words`: the
    /// list's text in that language or in English, in any case, or the letters M, E, N.
    pub fn parse_in(text: &str, words: &Words) -> Option<ResponseCode> {
        let text = text.trim().to_lowercase();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let is = |label: &str| label.to_lowercase() == text;
        ResponseCode::ALL
            .into_iter()
            .find(|code| is(&code.label_in(words)) || is(code.label()))
            .or(match text.as_str() {
                "m" => Some(ResponseCode::Meets),
                "e" => Some(ResponseCode::MeetsEquivalent),
                "n" => Some(ResponseCode::DoesNotMeet),
                _ => None,
            })
    }

    /// The allowed values of an English form, for error messages and instructions.
    pub fn choices() -> String {
        ResponseCode::choices_in(&Words::english())
    }

    /// The allowed values in the language of `words`, each quoted as the language quotes.
    pub fn choices_in(words: &Words) -> String {
        ResponseCode::ALL
            .iter()
            .map(|c| words.with("form-quoted", &[("text", c.label_in(words).into())]))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A bidder's answer to one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemResponse {
    /// The item's requirement id.
    pub requirement: String,
    /// The answer.
    pub code: ResponseCode,
    /// Where the proof is (URL, document and page, test account).
    pub evidence: String,
    /// The bidder's comment; for an equivalence, what is offered instead.
    pub comment: String,
}

/// One bidder's filled form, complete: an answer for every item of the tender, in its order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BidResponse {
    /// The bidder's name as written in the form.
    pub bidder: String,
    /// The file it was read from, as the user named it.
    pub source: String,
    /// SHA-256 of the file, so the evaluation names exactly what was read.
    pub fingerprint: String,
    /// One answer per tender item, in tender order.
    pub answers: Vec<ItemResponse>,
}

impl BidResponse {
    /// The answer for `requirement`, if the form has one.
    pub fn answer(&self, requirement: &str) -> Option<&ItemResponse> {
        self.answers.iter().find(|a| a.requirement == requirement)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_in_any_case_and_as_letters() {
        assert_eq!(ResponseCode::parse(" meets "), Some(ResponseCode::Meets));
        assert_eq!(
            ResponseCode::parse("MEETS BY  EQUIVALENT"),
            Some(ResponseCode::MeetsEquivalent)
        );
        assert_eq!(ResponseCode::parse("N"), Some(ResponseCode::DoesNotMeet));
        assert_eq!(ResponseCode::parse("yes"), None);
        assert_eq!(ResponseCode::parse(""), None);
    }

    #[test]
    fn codes_read_in_the_forms_language_and_in_english() {
        let swedish = Words::for_language("sv");
        let german = Words::for_language("de");
        assert_eq!(
            ResponseCode::parse_in("uppfyller INTE", &swedish),
            Some(ResponseCode::DoesNotMeet)
        );
        assert_eq!(
            ResponseCode::parse_in("Uppfyller genom likvärdig lösning", &swedish),
            Some(ResponseCode::MeetsEquivalent)
        );
        assert_eq!(
            ResponseCode::parse_in("Meets", &swedish),
            Some(ResponseCode::Meets)
        );
        assert_eq!(
            ResponseCode::parse_in("gleichwertig erfüllt", &german),
            Some(ResponseCode::MeetsEquivalent)
        );
        assert_eq!(
            ResponseCode::parse_in("e", &german),
            Some(ResponseCode::MeetsEquivalent)
        );
        assert_eq!(ResponseCode::parse_in("Erfüllt", &swedish), None);
        for code in ResponseCode::ALL {
            assert_eq!(code.label_in(&Words::english()), code.label());
        }
        assert_eq!(
            ResponseCode::choices(),
            "“Meets”, “Meets by equivalent”, “Does not meet”"
        );
        assert_eq!(
            ResponseCode::choices_in(&german),
            "„Erfüllt“, „Gleichwertig erfüllt“, „Nicht erfüllt“"
        );
    }
}
