//! The starter pack that `goodfaith new pack NAME` writes: a small, commented scenario (two
//! towns sharing a river, with a river board as mediator) that checks clean and plays to an
//! ending, for a modder to change one thing at a time. The template files live in
//! `templates/starter/` and are built into the binary; `{{id}}` in them becomes the pack's id.
//! Nothing here overwrites: the pack's folder must not exist yet.

use crate::content::validate::is_pack_id;
use crate::files::{self, WriteError};
use std::path::{Path, PathBuf};

/// The placeholder the templates use for the pack's id.
const PLACEHOLDER: &str = "{{id}}";

/// The template files: each one's path inside the pack (with the placeholder) and its text.
const TEMPLATE: &[(&str, &str)] = &[
    ("pack.toml", include_str!("../templates/starter/pack.toml")),
    ("scenarios/river.toml", include_str!("../templates/starter/scenarios/river.toml")),
    ("scenarios/events.toml", include_str!("../templates/starter/scenarios/events.toml")),
    ("locales/en-US/{{id}}.ftl", include_str!("../templates/starter/locales/en-US/river.ftl")),
];

/// Why a starter pack was not written.
#[derive(Debug, thiserror::Error)]
pub enum StarterError {
    #[error(
        "`{}` cannot be a pack id: use lowercase ASCII letters, digits, `_` and `-`, starting with a letter, at most 64 characters",
        .0.escape_debug()
    )]
    BadName(String),
    #[error("{} already exists; nothing was written (choose another name, or --into another folder)", .0.display())]
    Exists(PathBuf),
    #[error("cannot create {}: {reason}", path.display())]
    Create { path: PathBuf, reason: std::io::Error },
    #[error("cannot write {}: {reason}", path.display())]
    Write { path: PathBuf, reason: WriteError },
}

/// The starter pack's files for a pack id: each one's path inside the pack and its text.
pub fn files(id: &str) -> Vec<(PathBuf, String)> {
    TEMPLATE
        .iter()
        .map(|(path, text)| (PathBuf::from(path.replace(PLACEHOLDER, id)), text.replace(PLACEHOLDER, id)))
        .collect()
}

/// Writes the starter pack `id` into a new folder `into/id` and returns that folder and the
/// files written. `into` must exist; the pack's folder must not (it is never replaced).
pub fn write(id: &str, into: &Path) -> Result<(PathBuf, Vec<PathBuf>), StarterError> {
    if !is_pack_id(id) {
        return Err(StarterError::BadName(id.to_string()));
    }
    let root = into.join(id);
    // Creating the folder itself is the test for "already there", so two runs at once
    // cannot both write into it.
    if let Err(source) = std::fs::create_dir(&root) {
        return Err(if source.kind() == std::io::ErrorKind::AlreadyExists {
            StarterError::Exists(root)
        } else {
            StarterError::Create { path: root, reason: source }
        });
    }
    let mut written = Vec::new();
    for (rel, text) in files(id) {
        let path = root.join(&rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|source| StarterError::Create { path: dir.to_path_buf(), reason: source })?;
        }
        files::write_atomic(&path, text.as_bytes(), None, |_| false)
            .map_err(|source| StarterError::Write { path: path.clone(), reason: source })?;
        written.push(path);
    }
    Ok((root, written))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_replaces_every_placeholder() {
        for (path, text) in files("my-river") {
            assert!(!path.to_string_lossy().contains(PLACEHOLDER), "{}", path.display());
            assert!(!text.contains(PLACEHOLDER), "{}", path.display());
        }
        assert!(files("my-river").iter().any(|(p, _)| p == Path::new("locales/en-US/my-river.ftl")));
    }

    #[test]
    fn a_bad_name_is_refused_before_anything_is_written() {
        for bad in ["", "Upper", "1river", "a b", "../up", "x/y", &"a".repeat(65)] {
            assert!(matches!(write(bad, Path::new("/nonexistent")), Err(StarterError::BadName(_))), "{bad}");
        }
    }
}
