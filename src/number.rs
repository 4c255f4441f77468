//! Numbers as news writes them ("1,500.25", "14.3", "two", "half a"), parsed exactly into [`Decimal`].
//! Shared by the money and percent finders.

#[allow(unused_imports)]
use crate::annotation::Decimal;
