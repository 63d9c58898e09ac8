//! A bidder's answers, as read from a filled response form: one code per item, with the evidence
//! the bidder points to and a comment.

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

    /// The text a bidder picks in the form's list.
    pub fn label(self) -> &'static str {
        match self {
            ResponseCode::Meets => "Meets",
            ResponseCode::MeetsEquivalent => "Meets by equivalent",
            ResponseCode::DoesNotMeet => "Does not meet",
        }
    }

    /// Reads a code as a bidder may have typed it: the list's text in any case, or the
    /// compliance-table letters M, E, N.
    pub fn parse(text: &str) -> Option<ResponseCode> {
        let text = text.trim().to_lowercase();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        ResponseCode::ALL
            .into_iter()
            .find(|code| code.label().to_lowercase() == text)
            .or(match text.as_str() {
                "m" => Some(ResponseCode::Meets),
                "e" => Some(ResponseCode::MeetsEquivalent),
                "n" => Some(ResponseCode::DoesNotMeet),
                _ => None,
            })
    }

    /// The allowed values, for error messages and instructions.
    pub fn choices() -> String {
        ResponseCode::ALL
            .iter()
            .map(|c| format!("“{}”", c.label()))
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
}
