//! The lessons built into the game (`content/<pack>/lessons/<name>.toml`, named
//! `<pack>/<name>`), and the commented template `goodfaith lesson new` writes.

use crate::content::tree::SHIPPED;

/// The shipped lessons: each name (`nine-months/extension-bargain`) and its text.
pub fn list() -> Vec<(String, &'static str)> {
    SHIPPED
        .iter()
        .filter_map(|(path, bytes)| {
            let (pack, rest) = path.split_once('/')?;
            let name = rest.strip_prefix("lessons/")?.strip_suffix(".toml")?;
            let text = std::str::from_utf8(bytes).ok()?;
            Some((format!("{pack}/{name}"), text))
        })
        .collect()
}

/// Where a shipped lesson is shown to be, as the built-in packs' files are:
/// `<built-in>/<pack>/lessons/<name>.toml`.
pub fn shown_path(name: &str) -> std::path::PathBuf {
    let (pack, rest) = name.split_once('/').unwrap_or(("", name));
    std::path::Path::new("<built-in>").join(pack).join("lessons").join(format!("{rest}.toml"))
}

/// A shipped lesson by name.
pub fn find(name: &str) -> Option<&'static str> {
    list().into_iter().find(|(n, _)| n == name).map(|(_, t)| t)
}

/// What `goodfaith lesson new` writes: every setting, each with a comment saying what it does.
pub const TEMPLATE: &str = r#"# A Good Faith lesson. Check it with `goodfaith check THIS-FILE.toml`; play it with
# `goodfaith play --lesson THIS-FILE.toml`. Lines starting with # are comments.

# The lesson's title, shown to students before they play.
title = "My lesson"

# The scenario (`goodfaith list` shows them).
scenario = "nine-months"

# The chairs students may take. One chair: every student plays it. Leave the list out to
# let students choose any chair.
roles = ["secretary_of_state"]

# The difficulty (`goodfaith list` shows them). Leave it out for the scenario's own.
difficulty = "historical"

# A fixed seed makes the whole class play the same world, so games can be compared
# (`goodfaith compare`). Leave it out to give each student a world of their own.
seed = 2002

# The language students play in (en-US, ar, he or fr). Leave it out to use each
# computer's language.
# language = "en-US"

# Where the lesson begins: a start point the scenario declares (`goodfaith lesson list`
# shows them). The computer plays the weeks before it. Leave it out to begin at week 1.
start = "extension_bargain"

# How many weeks students play; the game stops with "the lesson ends here" after the last.
# About six weeks fit a 45-minute lesson. Leave it out to play to an ending.
weeks = 6

# Shown before play. Write it in your class's language, or in several:
#   introduction = { en-US = "…", fr = "…" }
introduction = """
Write here what students should know before they sit down.
"""

# What students should look for while they play.
objectives = [
  "First objective",
]

# Questions shown when the game ends, kept in each student's save for the discussion.
questions = [
  "First question",
]
"#;
