//! Reading `tests/data/years.csv`, the reference table (one row per Solar
//! Hijri year 1..=3178, from sources independent of this crate).

#![allow(dead_code)]

use std::collections::HashMap;

pub struct Table {
    header: HashMap<&'static str, usize>,
    pub rows: Vec<Vec<&'static str>>,
}

pub fn years() -> Table {
    let text: &'static str = include_str!("../data/years.csv");
    let mut lines = text.lines();
    let header = lines.next().unwrap().split(',').enumerate().map(|(i, h)| (h, i)).collect();
    let rows = lines.filter(|l| !l.is_empty()).map(|l| l.split(',').collect()).collect();
    Table { header, rows }
}

impl Table {
    pub fn get(&self, row: &[&'static str], column: &str) -> &'static str {
        let i = *self.header.get(column).unwrap_or_else(|| panic!("no column {column}"));
        row[i]
    }

    pub fn year(&self, row: &[&'static str]) -> i32 {
        self.get(row, "sh_year").parse().unwrap()
    }
}
