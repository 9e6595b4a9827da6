//! Whatever hostile names and texts go in, no control character but a newline, no C1
//! control and no escape sequence (other than the game's own colour codes, where colour is
//! on) comes out: through the cleaned writers, the diagnostics and the terminal game's cells.

use goodfaith::content::diag::{self, Diagnostic, SourceMap};
use goodfaith::output::{self, Clean};
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Widget};
use std::io::Write;
use std::path::PathBuf;

/// A character that must never be printed.
fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n') || ('\u{7f}'..='\u{9f}').contains(&c)
}

/// Text full of what attackers use: escapes, C0 and C1 controls, bidi controls,
/// invisible characters, and ordinary Latin, Hebrew and Arabic letters.
fn hostile() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\u{1b}]52;c;aGVsbG8=\u{7}",
        "\u{1b}[2J",
        "\u{1b}[31m",
        "\u{9b}1;1H",
        "\u{1b}P",
        "\u{7}",
        "\r",
        "\t",
        "\u{0}",
        "\u{7f}",
        "\u{202e}",
        "\u{2066}",
        "\u{200b}",
        "\u{200f}",
        "\u{2028}",
        "\u{feff}",
        "\u{061c}",
        "plain",
        "שלום",
        "سلام",
        " ",
        "\n",
    ]);
    prop::collection::vec(prop_oneof![pieces.prop_map(String::from), any::<char>().prop_map(String::from)], 0..40)
        .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_cleaned_writer_lets_nothing_unsafe_through(text in hostile(), cut in 0usize..64) {
        let bytes = text.as_bytes();
        let cut = cut.min(bytes.len());
        let mut w = Clean::new(Vec::new(), false);
        // Written in two pieces, one possibly inside a character.
        w.write_all(&bytes[..cut]).unwrap();
        w.write_all(&bytes[cut..]).unwrap();
        let out = String::from_utf8(w_into(w)).unwrap();
        prop_assert!(!out.chars().any(unsafe_char), "{out:?}");
        prop_assert_eq!(&out, &output::clean(&out));
    }

    #[test]
    fn with_colour_only_colour_escapes_pass(text in hostile()) {
        let mut w = Clean::new(Vec::new(), true);
        w.write_all(text.as_bytes()).unwrap();
        let out = String::from_utf8(w_into(w)).unwrap();
        // Every escape starts a colour code, `ESC [ digits ; … m`, and nothing else.
        for (i, _) in out.match_indices('\u{1b}') {
            let rest = &out[i + 1..];
            let end = rest.find('m').expect("a colour code ends with m");
            prop_assert!(rest.starts_with('['), "{out:?}");
            prop_assert!(rest[1..end].chars().all(|c| c.is_ascii_digit() || c == ';'), "{out:?}");
        }
        let without_colour: String = out.split('\u{1b}').enumerate()
            .map(|(i, p)| if i == 0 { p } else { &p[p.find('m').map_or(0, |e| e + 1)..] }).collect();
        prop_assert!(!without_colour.chars().any(unsafe_char), "{out:?}");
    }

    #[test]
    fn diagnostics_name_hostile_files_safely(path in hostile(), body in hostile(), msg in hostile(), help in hostile()) {
        let mut map = SourceMap::default();
        let text = format!("{body}\nkey = \"value\"\n");
        let fid = map.add(PathBuf::from(format!("packs/{path}/pack.toml")), text.clone());
        let at = text.len() - 8;
        let d = vec![
            Diagnostic::error(&path, Some(fid), Some(at..at + 5), msg.clone()).label(help.clone()).help(help.clone()),
            Diagnostic::error(&path, Some(fid), None, msg).help(help),
        ];
        let out = diag::render(&map, &d, false);
        prop_assert!(!out.chars().any(unsafe_char), "{out:?}");
    }

    #[test]
    fn no_terminal_cell_holds_an_unsafe_character(text in hostile()) {
        let area = Rect::new(0, 0, 40, 6);
        let mut buf = Buffer::empty(area);
        Paragraph::new(text.clone()).render(area, &mut buf);
        buf.set_string(0, 5, &text, ratatui::style::Style::default());
        goodfaith::tui::view::clean_cells(&mut buf);
        for cell in buf.content.iter() {
            prop_assert!(!cell.symbol().chars().any(|c| unsafe_char(c) || c == '\n'), "{:?}", cell.symbol());
        }
    }
}

fn w_into(w: Clean<Vec<u8>>) -> Vec<u8> {
    w.into_inner()
}
