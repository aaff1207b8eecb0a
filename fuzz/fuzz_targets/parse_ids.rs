//! The closed sets named by a snake_case id (principles, policy tasks,
//! relation types, event types): parsing never panics, keeps the input in
//! its error, and what it accepts prints back to an id that parses to it.
#![no_main]

use cambodia_diplomacy::{EventType, ParseIdError, PolicyTask, Principle, RelationType};
use core::fmt::{Debug, Display};
use core::str::FromStr;
use libfuzzer_sys::fuzz_target;

fn check<T>(text: &str)
where
    T: FromStr<Err = ParseIdError> + Display + PartialEq + Debug + Copy,
{
    match text.parse::<T>() {
        Ok(value) => {
            assert_eq!(value.to_string().parse::<T>(), Ok(value));
            assert_eq!(text.to_ascii_uppercase().parse::<T>(), Ok(value));
        }
        Err(err) => assert_eq!(err.input, text),
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check::<Principle>(&text);
    check::<PolicyTask>(&text);
    check::<RelationType>(&text);
    check::<EventType>(&text);
});
