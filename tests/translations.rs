//! Shipped text is complete: every language a pack lists (or ships a folder for), and every
//! language of the interface, has every message and attribute of `en-US` with the same
//! variables; and every message id the code asks for exists in `en-US`.
//!
//! The golden transcripts (`tests/golden.rs`) check at run time that no message a game shows
//! is missing; these tests check the whole text and the code, whatever a game reaches.

mod common;

use goodfaith::content::{Library, diag};
use goodfaith::engine::report::ids;
use goodfaith::i18n::{self, Texts};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

#[test]
fn every_shipped_language_is_complete() {
    let mut lib = Library::load(&[PathBuf::from("content")]);
    lib.add_ui(i18n::UI);
    let checked = lib.check_all();
    let gaps: Vec<_> =
        checked.diags.iter().filter(|d| d.gap || d.message.starts_with("Fluent syntax")).cloned().collect();
    assert!(gaps.is_empty(), "{}", diag::render(&lib.map, &gaps, false));
    // Every language is covered by a row, so a listed language with no files fails too.
    for p in &lib.packs {
        let mut langs = p.locales();
        langs.extend(p.ftl.keys().cloned());
        for lang in langs.iter().filter(|l| *l != "en-US") {
            let row = checked.coverage.iter().find(|c| c.pack == p.id && &c.lang == lang);
            assert!(row.is_some_and(|r| r.translated == r.total), "{} {lang}: {row:?}", p.id);
        }
    }
    for lang in i18n::ui_languages().iter().filter(|l| *l != "en-US") {
        let row = checked.coverage.iter().find(|c| c.pack == "ui" && &c.lang == lang);
        assert!(row.is_some_and(|r| r.translated == r.total), "ui {lang}: {row:?}");
    }
    assert!(checked.coverage.iter().any(|c| c.pack == "tutorial" && c.lang == "ar"), "{:?}", checked.coverage);
}

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Message ids written as literals in the code (not its unit tests): every string literal
/// shaped like an id (lowercase words joined by hyphens, such as `"tui-quit"` or
/// `"saved-to"`), with the file it is in. The code names no other strings this way.
fn literal_ids() -> BTreeMap<String, String> {
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    let mut ids = BTreeMap::new();
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        // Unit tests at the end of a file use made-up ids on purpose.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for piece in code.split('"').skip(1).step_by(2) {
            let words: Vec<&str> = piece.split('-').collect();
            let id_like = words.len() > 1
                && words[0].starts_with(|c: char| c.is_ascii_lowercase())
                && words
                    .iter()
                    .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
            if id_like {
                ids.insert(piece.to_string(), f.display().to_string());
            }
        }
    }
    ids
}

#[test]
fn every_message_id_the_code_uses_exists_in_english() {
    let ui = Texts::new("en-US", &BTreeMap::new());
    let literal = literal_ids();
    assert!(literal.len() > 100, "the scan found only {} ids: {literal:?}", literal.len());
    // Ids the code builds with `format!`: months, tiers, the built-in tags.
    let mut built: Vec<String> = (1..=12).map(|m| format!("month-{m}")).collect();
    built.extend(["tier-success", "tier-partial", "tier-failure"].map(String::from));
    let missing: Vec<String> = literal
        .iter()
        .filter(|(id, _)| !ui.has(id, None))
        .map(|(id, file)| format!("{id} ({file})"))
        .chain(built.iter().filter(|id| !ui.has(id, None)).cloned())
        .collect();
    assert!(missing.is_empty(), "not in locales/en-US/ui.ftl: {missing:?}");

    // Ids derived from content by the `report::ids` conventions, for every shipped scenario.
    for b in common::all_scenarios() {
        let s = &b.scenario;
        let t = Texts::new("en-US", &b.texts);
        let mut want = vec![ids::scenario(s), ids::scenario(s).attr("description")];
        want.extend((0..s.actors.len()).map(|a| ids::actor(s, a as u16)));
        for (a, actor) in s.actors.iter().enumerate() {
            want.extend((0..actor.reactions.len()).map(|r| ids::reaction(s, a as u16, r as u16)));
        }
        want.extend(s.meters.iter().enumerate().filter(|(_, m)| !m.hidden).map(|(m, _)| ids::meter(s, m as u16)));
        want.extend((0..s.resources.len()).map(|r| ids::resource(s, r)));
        for (i, issue) in s.issues.iter().enumerate() {
            want.push(ids::issue(s, i as u16));
            for (o, opt) in issue.options.iter().enumerate() {
                want.push(ids::issue_option(s, i as u16, o as u8));
                if opt.ambiguous.is_some() {
                    want.push(ids::issue_option(s, i as u16, o as u8).attr("ambiguous"));
                }
            }
        }
        for (e, ev) in s.events.iter().enumerate() {
            want.push(ids::event(s, e as u16));
            want.push(ids::event(s, e as u16).attr("title"));
            want.extend((0..ev.options.len()).map(|o| ids::option(s, e as u16, o as u8)));
        }
        for a in 0..s.actions.len() {
            want.extend([ids::action(s, a as u16), ids::action(s, a as u16).attr("description")]);
        }
        for (r, role) in s.roles.iter().enumerate() {
            let m = ids::role(s, r as u16);
            want.extend([m.clone(), m.clone().attr("description"), m.attr("success")]);
            want.extend((0..role.objectives.len()).map(|o| ids::objective(s, r as u16, o)));
        }
        for e in 0..s.endings.len() {
            let m = ids::ending(s, e as u16);
            want.extend([m.clone(), m.clone().attr("title"), m.clone().attr("epilogue"), m.attr("history")]);
        }
        for d in 0..s.difficulties.len() {
            want.extend([ids::difficulty(s, d as u16), ids::difficulty(s, d as u16).attr("description")]);
        }
        want.extend((0..s.tags.len()).map(|x| ids::tag(s, x as u16)));
        let missing: Vec<String> = want
            .iter()
            .filter(|m| !t.has(&m.id, m.attr))
            .map(|m| match m.attr {
                Some(a) => format!("{}.{a}", m.id),
                None => m.id.clone(),
            })
            .collect();
        assert!(missing.is_empty(), "{}: not in en-US: {missing:?}", s.id);
    }
}
