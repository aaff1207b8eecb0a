//! Cambodia's own states since independence, and its seat at the UN.
//! STUB: to be replaced by researched data.

use crate::data::prelude::*;
use crate::state::{CambodianState, UnSeatHolder};

pub(crate) static STATES: &[CambodianState] = &[];

pub(crate) static UN_SEAT: &[UnSeatHolder] = &[];

pub(crate) static EVENTS: &[Event] = &[];

pub(crate) static SOURCES: &[&Source] = &[];
