//! Who held office: heads of state and of government of the partner
//! countries, and the heads of the organizations' secretariats, as periods
//! with sources, so that "who led Japan on this day" has an answer.
//!
//! Each list says what it covers in an [`OfficeRecord`]: the first day from
//! which every holder is listed (1 January 1993 for the programme's span),
//! and the date its sources are current to. Outside that span the crate
//! does not answer.

mod model;
mod query;

pub use model::{Office, OfficeHolder, OfficeRecord};
pub use query::{office_holder_on, office_holders, office_holders_of, office_records};
