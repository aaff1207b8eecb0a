//! EDTF dates: `HistDate::from_str` never panics, keeps the input (cut to
//! 64 characters) in its error, and whatever it accepts prints in a form that
//! parses back to it, with a span whose comparison with a day agrees with
//! containment.
#![no_main]

use cambodia_diplomacy::{DateRelation, HistDate, Precision};
use cambodia_diplomacy::chrono::Days;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match text.parse::<HistDate>() {
        Err(err) => {
            // The error keeps the input, or its first 64 characters and "…".
            let kept: String = text.chars().take(64).collect();
            if kept.len() == text.len() {
                assert_eq!(err.input(), text);
            } else {
                assert_eq!(err.input(), format!("{kept}…"));
            }
        }
        Ok(date) => {
            let printed = date.to_string();
            assert_eq!(printed.parse::<HistDate>(), Ok(date), "{printed}");
            let (first, last) = (date.first_day(), date.last_day());
            assert!(first <= last);
            for day in [
                first.checked_sub_days(Days::new(1)),
                Some(first),
                Some(last),
                last.checked_add_days(Days::new(1)),
            ]
            .into_iter()
            .flatten()
            {
                let relation = date.compare(day);
                assert_eq!(relation == DateRelation::Before, last < day);
                assert_eq!(relation == DateRelation::After, first > day);
                assert_eq!(
                    matches!(relation, DateRelation::Same | DateRelation::CannotTell),
                    date.contains(day)
                );
                if relation == DateRelation::Same {
                    assert_eq!(date.precision(), Precision::Day);
                }
            }
        }
    }
});
