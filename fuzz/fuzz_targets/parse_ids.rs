//! The closed sets named by a snake_case id (principles, policy tasks,
//! relation types, event types): parsing never panics, keeps the input in
//! its error, and what it accepts has an id that parses back to it.
#![no_main]

use cambodia_diplomacy::{EventType, ParseIdError, PolicyTask, Principle, RelationType};
use core::fmt::Debug;
use core::str::FromStr;
use libfuzzer_sys::fuzz_target;

fn check<T>(text: &str)
where
    T: FromStr<Err = ParseIdError> + Into<&'static str> + PartialEq + Debug + Copy,
{
    match text.parse::<T>() {
        Ok(value) => {
            let id: &'static str = value.into();
            assert_eq!(id.parse::<T>(), Ok(value));
            assert_eq!(text.to_ascii_uppercase().parse::<T>(), Ok(value));
        }
        Err(err) => assert!(text.starts_with(err.input().trim_end_matches('…'))),
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check::<Principle>(&text);
    check::<PolicyTask>(&text);
    check::<RelationType>(&text);
    check::<EventType>(&text);
});
