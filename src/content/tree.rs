//! Where a pack's files come from: a folder on disk, read only through [`crate::files`] (no
//! link followed, regular files only, capped), or the packs built into the game (so an
//! installed binary plays from any folder, with nothing on disk).

use crate::files::{self, InsideError, ReadError};
use std::fs;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/shipped.rs"));

/// How the built-in packs are named in messages and listings.
pub const BUILT_IN: &str = "<built-in>";

/// The files of one pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tree {
    /// A pack's folder on disk.
    Disk(PathBuf),
    /// A pack built into the game, by its folder's name under `content/`.
    Shipped(String),
}

/// What an entry of a folder is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    File,
    Folder,
    /// A link, which is never followed inside a pack.
    Link,
    /// Anything else (a FIFO, a device, a socket), which is refused when read.
    Other,
}

impl Tree {
    /// The path to show for a file of the pack.
    pub fn shown(&self, rel: &Path) -> PathBuf {
        let root = match self {
            Tree::Disk(root) => root.clone(),
            Tree::Shipped(name) => Path::new(BUILT_IN).join(name),
        };
        if rel.as_os_str().is_empty() { root } else { root.join(rel) }
    }

    /// The built-in file at `rel`, if there is one.
    fn shipped(name: &str, rel: &Path) -> Option<&'static [u8]> {
        let key = shipped_key(name, rel);
        SHIPPED.iter().find(|(p, _)| *p == key).map(|(_, b)| *b)
    }

    /// Reads a file of the pack, within `cap` bytes.
    pub fn read(&self, rel: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
        match self {
            Tree::Disk(root) => match files::inside(root, rel) {
                Ok(p) => files::read(&p, cap, files::Links::Refuse),
                Err(InsideError::Outside) => Err(ReadError::NotRegular("outside the pack")),
                Err(InsideError::Link(_)) => Err(ReadError::Link),
            },
            Tree::Shipped(name) => match Tree::shipped(name, rel) {
                Some(b) if b.len() as u64 > cap => Err(ReadError::TooLarge(b.len() as u64, cap)),
                Some(b) => Ok(b.to_vec()),
                None => Err(ReadError::Io(std::io::ErrorKind::NotFound.into())),
            },
        }
    }

    /// The size of a file, or 0 when there is none (a link is not followed).
    pub fn size(&self, rel: &Path) -> u64 {
        match self {
            Tree::Disk(root) => fs::symlink_metadata(root.join(rel)).map_or(0, |m| m.len()),
            Tree::Shipped(name) => Tree::shipped(name, rel).map_or(0, |b| b.len() as u64),
        }
    }

    /// The entries of a folder of the pack (relative paths, sorted), as the folder holds
    /// them: links are listed as links, never followed. A folder that is not there has none;
    /// a path that goes through a link is an error.
    pub fn entries(&self, rel: &Path) -> Result<Vec<(PathBuf, Kind)>, InsideError> {
        let mut out = Vec::new();
        match self {
            Tree::Disk(root) => {
                let dir = files::inside(root, rel)?;
                if !files::is_folder(&dir) {
                    return Ok(out);
                }
                let Ok(entries) = fs::read_dir(&dir) else { return Ok(out) };
                for e in entries.filter_map(|e| e.ok()) {
                    let Ok(t) = e.file_type() else { continue };
                    let kind = if t.is_symlink() {
                        Kind::Link
                    } else if t.is_dir() {
                        Kind::Folder
                    } else if t.is_file() {
                        Kind::File
                    } else {
                        Kind::Other
                    };
                    out.push((rel.join(e.file_name()), kind));
                }
            }
            Tree::Shipped(name) => {
                let prefix = shipped_key(name, rel);
                let prefix = if prefix.ends_with('/') { prefix } else { format!("{prefix}/") };
                for (p, _) in SHIPPED {
                    let Some(rest) = p.strip_prefix(&prefix) else { continue };
                    let (first, more) = match rest.split_once('/') {
                        Some((f, _)) => (f, true),
                        None => (rest, false),
                    };
                    let entry = (rel.join(first), if more { Kind::Folder } else { Kind::File });
                    if !out.contains(&entry) {
                        out.push(entry);
                    }
                }
            }
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }
}

/// The key of a built-in file: `<pack>/<path>` with `/` between parts.
fn shipped_key(name: &str, rel: &Path) -> String {
    let mut key = name.to_string();
    for c in rel.components() {
        if let std::path::Component::Normal(part) = c {
            key.push('/');
            key.push_str(&part.to_string_lossy());
        }
    }
    key
}

/// The packs built into the game, by folder name, sorted.
pub fn shipped_packs() -> Vec<String> {
    let mut names: Vec<String> = SHIPPED
        .iter()
        .filter_map(|(p, _)| p.strip_suffix("/pack.toml"))
        .filter(|n| !n.contains('/'))
        .map(str::to_string)
        .collect();
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_packs_are_built_in_and_read_like_folders() {
        let names = shipped_packs();
        assert!(names.contains(&"tutorial".to_string()) && names.contains(&"nine-months".to_string()), "{names:?}");
        let t = Tree::Shipped("tutorial".into());
        let disk = Tree::Disk(PathBuf::from("content/tutorial"));
        assert_eq!(
            t.read(Path::new("pack.toml"), 1 << 20).unwrap(),
            disk.read(Path::new("pack.toml"), 1 << 20).unwrap()
        );
        assert_eq!(t.entries(Path::new("locales")).unwrap(), disk.entries(Path::new("locales")).unwrap());
        assert_eq!(t.entries(Path::new("")).unwrap().iter().filter(|e| e.1 == Kind::Folder).count(), 2);
        assert!(t.entries(Path::new("no-such")).unwrap().is_empty());
        assert!(matches!(t.read(Path::new("pack.toml"), 3), Err(ReadError::TooLarge(_, 3))));
        assert_eq!(t.shown(Path::new("pack.toml")), Path::new("<built-in>/tutorial/pack.toml"));
    }
}
