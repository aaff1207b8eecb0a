//! Parsing and printing the closed sets that are identified by a snake_case
//! id (principles, policy tasks, relation types, event types).

use strum::IntoEnumIterator;

use crate::ParseIdError;

/// Whether `text` spells `id`, ignoring ASCII case and treating spaces and
/// hyphens as underscores.
fn spells(text: &str, id: &str) -> bool {
    text.len() == id.len()
        && text.bytes().zip(id.bytes()).all(|(t, i)| {
            let t = match t {
                b' ' | b'-' => b'_',
                other => other.to_ascii_lowercase(),
            };
            t == i
        })
}

/// Finds the value whose id `text` spells; no allocation unless it fails.
pub(crate) fn parse_id<T>(kind: &'static str, text: &str) -> Result<T, ParseIdError>
where
    T: IntoEnumIterator + Into<&'static str> + Copy,
{
    let key = text.trim();
    T::iter()
        .find(|v| spells(key, (*v).into()))
        .ok_or_else(|| ParseIdError {
            kind,
            input: text.to_owned(),
        })
}

/// Implements `FromStr` (through [`parse_id`]) and `Display` (the id) for a
/// closed set.
macro_rules! id_text {
    ($ty:ty, $kind:literal) => {
        impl core::str::FromStr for $ty {
            type Err = $crate::ParseIdError;

            /// Parses the snake_case id, ignoring case; spaces and hyphens
            /// may stand for underscores.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $crate::id::parse_id($kind, s)
            }
        }

        impl core::fmt::Display for $ty {
            /// Writes the snake_case id.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str((*self).into())
            }
        }
    };
}

id_text!(crate::Principle, "principle");
id_text!(crate::PolicyTask, "policy task");
id_text!(crate::RelationType, "relation type");
id_text!(crate::EventType, "event type");

#[cfg(test)]
mod tests {
    use crate::{EventType, Principle};

    #[test]
    fn ids_parse_loosely_and_print_strictly() {
        assert_eq!(
            "Permanent Neutrality".parse::<Principle>().unwrap(),
            Principle::PermanentNeutrality
        );
        assert_eq!("un-vote".parse::<EventType>().unwrap(), EventType::UnVote);
        assert_eq!(Principle::NonAlignment.to_string(), "non_alignment");
        let err = "neutrality".parse::<Principle>().unwrap_err();
        assert_eq!(err.input, "neutrality");
        assert_eq!(err.to_string(), "unknown principle \"neutrality\"");
    }
}

/// Gives a closed set a short English `label()` and a `Display` that writes it.
macro_rules! labels {
    ($ty:ty { $($variant:ident => $label:literal),* $(,)? }) => {
        impl $ty {
            /// A short English label, for display.
            #[must_use]
            pub const fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label),*
                }
            }
        }

        impl core::fmt::Display for $ty {
            /// Writes the label.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

labels!(crate::RelationStatus { Active => "active", Suspended => "suspended", Severed => "severed" });
labels!(crate::MissionDirection {
    PartnerToCambodia => "partner's mission to Cambodia",
    CambodiaToPartner => "Cambodia's mission to the partner",
});
labels!(crate::MissionKind {
    Embassy => "embassy",
    ConsulateGeneral => "consulate-general",
    Consulate => "consulate",
    PermanentMission => "permanent mission",
    NonResidentAccreditation => "non-resident accreditation",
});
labels!(crate::AgreementKind {
    Treaty => "treaty",
    Border => "border agreement",
    FreeTrade => "free-trade agreement",
    Economic => "economic agreement",
    Cooperation => "cooperation agreement",
    Defence => "defence agreement",
});
labels!(crate::MembershipStatus {
    FoundingMember => "founding member",
    Member => "member",
    Observer => "observer",
    CooperationPartner => "cooperation partner",
    SeatContested => "seat contested",
    AdmissionPostponed => "admission postponed",
});
labels!(crate::Direction { Inbound => "inbound", Outbound => "outbound" });
labels!(crate::Level {
    HeadOfState => "head of state",
    HeadOfGovernment => "head of government",
    ForeignMinister => "foreign minister",
    Minister => "minister",
    Parliamentary => "parliamentary leader",
    Official => "official",
});
labels!(crate::SummitRole { Attended => "attended", Hosted => "hosted", Chaired => "chaired" });
labels!(crate::Vote { Yes => "yes", No => "no", Abstain => "abstain", Absent => "absent" });
labels!(crate::Answer { Yes => "yes", No => "no", CannotTell => "cannot tell at this precision" });
labels!(crate::Precision { Year => "year", Month => "month", Day => "day" });
labels!(crate::Certainty { Exact => "exact", Approximate => "approximate", Uncertain => "uncertain" });
