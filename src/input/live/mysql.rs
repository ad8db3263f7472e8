//! `mysql://`: placeholder.
use super::DatabaseUrl;
use crate::input::Source;
pub fn read(url: &DatabaseUrl) -> Result<Source, String> {
    Err(url.shown())
}
