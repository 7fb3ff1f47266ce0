//! Nothing: this package holds the integration tests of `shamsi` and of the
//! `shamsi` command (`integration/`, `cli/`) and their reference data
//! (`data/`), which stay out of the published crates.
