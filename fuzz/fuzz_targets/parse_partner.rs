//! Partner names: `Partner`, `Country` and `Organization` never panic, keep
//! the input in their error, agree with each other, and ignore ASCII case and
//! surrounding white space.
#![no_main]

use cambodia_diplomacy::{Country, Organization, ParsePartnerErrorKind, Partner};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let partner = text.parse::<Partner>();
    let country = text.parse::<Country>();
    let organization = text.parse::<Organization>();
    for err in [
        partner.as_ref().err(),
        country.as_ref().err(),
        organization.as_ref().err(),
    ]
    .into_iter()
    .flatten()
    {
        // The error keeps at most ECHO_LIMIT characters of the input.
        let kept = err.input().trim_end_matches('…');
        assert!(text.starts_with(kept), "{kept:?}");
    }
    match partner {
        Ok(found) => {
            match found {
                Partner::Country(c) => {
                    assert_eq!(country, Ok(c));
                    assert!(matches!(
                        organization,
                        Err(ref e) if e.kind() == ParsePartnerErrorKind::NotAnOrganization
                    ));
                }
                Partner::Organization(o) => {
                    assert_eq!(organization, Ok(o));
                    assert!(matches!(
                        country,
                        Err(ref e) if e.kind() == ParsePartnerErrorKind::NotACountry
                    ));
                }
            }
            // Whatever names a partner still names it in other ASCII case,
            // with white space around it.
            for variant in [text.to_ascii_uppercase(), text.to_ascii_lowercase()] {
                assert_eq!(
                    format!(" \t{variant}\n ").parse::<Partner>(),
                    Ok(found),
                    "{variant:?}"
                );
            }
            // And the partner's own name and id parse back to it.
            assert_eq!(found.to_string().parse::<Partner>(), Ok(found));
            assert_eq!(found.id().parse::<Partner>(), Ok(found));
        }
        Err(e) => {
            // The same failure, whichever parser is asked.
            assert!(matches!(country, Err(ref c) if c.kind() == e.kind()));
            assert!(matches!(organization, Err(ref o) if o.kind() == e.kind()));
        }
    }
});
