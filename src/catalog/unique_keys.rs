//! RON maps whose keys must be unique. Serde keeps the last of two equal keys without a word, so
//! an assessment with two conflicting answers for one requirement would silently lose one; maps
//! read through [`unique_keys`] refuse a repeated key, and [`locate_repeated_key`] turns that
//! refusal into a problem that names both places.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{Deserializer, Error, MapAccess, Visitor};

use super::problem::{Position, Problem, position_of};

/// How the refusal starts; [`locate_repeated_key`] reads the key back from it.
const REPEATED: &str = "this key is given twice in the map: ";

/// Deserializes a map with string keys, refusing a key given twice (`deserialize_with`).
pub fn unique_keys<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    deserializer.deserialize_map(UniqueKeys(PhantomData))
}

struct UniqueKeys<V>(PhantomData<V>);

impl<'de, V: Deserialize<'de>> Visitor<'de> for UniqueKeys<V> {
    type Value = BTreeMap<String, V>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map such as { \"mim6:R1\": …, \"mim6:R2\": … }")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = BTreeMap::new();
        while let Some(key) = map.next_key::<String>()? {
            if found.contains_key(&key) {
                return Err(A::Error::custom(format!("{REPEATED}{key}")));
            }
            let value = map.next_value()?;
            found.insert(key, value);
        }
        Ok(found)
    }
}

/// When `message` is the refusal of a repeated key, met at byte `offset` of `text`, the problem
/// at the second key that also names the first; `None` for any other message.
pub(super) fn locate_repeated_key(
    message: &str,
    path: &str,
    text: &str,
    offset: usize,
) -> Option<Problem> {
    let key = message.strip_prefix(REPEATED)?;
    let quoted = format!("\"{key}\"");
    // The parser stops inside the second key.
    let end = (offset + quoted.len()).min(text.len());
    let second = text.get(..end).and_then(|before| before.rfind(&quoted));
    let first = second.and_then(|s| text[..s].rfind(&quoted));
    let expected = "each key once; keep the one that is right and delete the other";
    let (Some(first), Some(second)) = (first, second) else {
        return Some(Problem::at(
            path,
            position_of(text, offset),
            format!("`{key}` is given twice"),
            expected,
        ));
    };
    let Position { line, col } = position_of(text, first);
    Some(Problem::at(
        path,
        position_of(text, second),
        format!("`{key}` is given twice: here and at line {line}, column {col}"),
        expected,
    ))
}
