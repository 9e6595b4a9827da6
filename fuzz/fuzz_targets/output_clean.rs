//! Arbitrary bytes through the output boundary: the cleaned writer (with and without
//! colour), the diagnostics' display form and the Fluent nesting scan. Nothing may panic,
//! and nothing unsafe may come out.
#![no_main]

use goodfaith::output::{Clean, is_unsafe};
use libfuzzer_sys::fuzz_target;
use std::io::Write;

fuzz_target!(|data: &[u8]| {
    let split = data.first().map_or(0, |&b| b as usize).min(data.len());
    for colour in [false, true] {
        let mut w = Clean::new(Vec::new(), colour);
        w.write_all(&data[..split]).unwrap();
        w.write_all(&data[split..]).unwrap();
        let out = String::from_utf8(w.into_inner()).expect("the writer writes UTF-8");
        if !colour {
            assert!(!out.chars().any(|c| is_unsafe(c) && c != '\n'), "{out:?}");
        }
    }
    let text = String::from_utf8_lossy(data);
    let shown = goodfaith::content::text::display_safe(&text);
    assert_eq!(shown.len(), text.len(), "display_safe moved the offsets");
    let (blanked, _) = goodfaith::content::ftl_limits::blank_deep(&text);
    assert_eq!(blanked.len(), text.len());
    assert!(goodfaith::content::ftl_limits::too_deep(&blanked).is_none());
});
