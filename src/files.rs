//! Every file the game reads and every save it writes goes through here.
//!
//! Reading: only regular files are read (a FIFO, a device, a socket or a folder is refused
//! with a message instead of blocking or misbehaving), the size is capped before anything is
//! read, and inside a pack no link is followed at any depth, so a pack cannot make the game
//! read a file outside its folder. Opening never blocks: a FIFO is opened non-blocking and
//! then refused.
//!
//! Writing: a file is replaced atomically (a temporary file in the same folder, fsync,
//! rename, fsync of the folder); a target that exists and is not a regular file is refused,
//! folders are created only when the caller says so, the previous contents are kept as a
//! backup written the same way (so a link planted at the backup's name is replaced, never
//! written through), and temporary files left by a killed process are cleaned up.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, SystemTime};

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("it is {0} bytes; the limit is {1} bytes")]
    TooLarge(u64, u64),
    #[error("it is {0}, not a regular file")]
    NotRegular(&'static str),
    #[error("it is a link, and links are not followed here; copy the file in its place")]
    Link,
    #[error("{0}")]
    Io(io::Error),
}

impl ReadError {
    fn io(e: io::Error) -> ReadError {
        // O_NOFOLLOW on a link fails with ELOOP: say what it means.
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return ReadError::Link;
        }
        ReadError::Io(e)
    }
}

/// What kind of thing a path is, in words, for a message.
pub fn kind(ft: fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if ft.is_socket() {
            return "a socket";
        }
        if ft.is_block_device() || ft.is_char_device() {
            return "a device";
        }
    }
    if ft.is_dir() {
        "a folder"
    } else if ft.is_symlink() {
        "a link"
    } else if ft.is_file() {
        "a regular file"
    } else {
        "not a regular file"
    }
}

/// Whether following links is allowed for the last part of the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// A file the player named (a save, a lesson): a link they made is theirs to make.
    Follow,
    /// A file found inside a pack: never a link.
    Refuse,
}

/// Reads a regular file of at most `cap` bytes, without blocking on anything else.
pub fn read(path: &Path, cap: u64, links: Links) -> Result<Vec<u8>, ReadError> {
    let mut opts = fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let nofollow = if links == Links::Refuse { libc::O_NOFOLLOW } else { 0 };
        opts.custom_flags(libc::O_NONBLOCK | nofollow);
    }
    if links == Links::Refuse && fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(ReadError::Link);
    }
    let f = opts.open(path).map_err(ReadError::io)?;
    let meta = f.metadata().map_err(ReadError::Io)?;
    if !meta.file_type().is_file() {
        return Err(ReadError::NotRegular(kind(meta.file_type())));
    }
    let len = meta.len();
    if len > cap {
        return Err(ReadError::TooLarge(len, cap));
    }
    let mut buf = Vec::with_capacity(len as usize);
    f.take(cap + 1).read_to_end(&mut buf).map_err(ReadError::Io)?;
    if buf.len() as u64 > cap {
        return Err(ReadError::TooLarge(buf.len() as u64, cap));
    }
    Ok(buf)
}

/// Why a path inside a pack is refused before anything is opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InsideError {
    #[error("the path leads outside the pack")]
    Outside,
    #[error("`{0}` is a link, and links inside a pack are not followed")]
    Link(String),
}

/// Checks that `rel` names a place inside `root` reached without following any link: only
/// plain names (no `..`, no root, no drive), and no link at any step under `root`. Parts
/// that do not exist yet are fine (the read that follows will say so).
pub fn inside(root: &Path, rel: &Path) -> Result<PathBuf, InsideError> {
    if !is_plain_relative(rel) {
        return Err(InsideError::Outside);
    }
    let mut at = root.to_path_buf();
    let mut shown = PathBuf::new();
    for c in rel.components() {
        if let Component::Normal(name) = c {
            at.push(name);
            shown.push(name);
            if fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
                return Err(InsideError::Link(shown.display().to_string()));
            }
        }
    }
    Ok(at)
}

/// Whether a path is made of plain names only: no `..`, no root or drive, no backslash.
pub fn is_plain_relative(rel: &Path) -> bool {
    !rel.to_string_lossy().contains('\\')
        && rel.components().all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

/// Whether a path is a regular file, without following a link.
pub fn is_regular(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file())
}

/// Whether a path is a folder, without following a link.
pub fn is_folder(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_dir())
}

/// Why a file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("it is {0}; give the path of a file, such as …/game.toml")]
    NotRegular(&'static str),
    #[error("the folder {0} does not exist; create it first, or choose another place")]
    NoFolder(String),
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// The prefix of the temporary files a write makes beside its target.
const TEMP_PREFIX: &str = ".goodfaith-";
const TEMP_SUFFIX: &str = ".tmp";
/// A temporary file older than this was left by a process that was killed while writing.
const STALE: Duration = Duration::from_secs(60);

/// The folder a file lives in (`.` for a bare name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Checks that `path` may be written: its folder exists (or is created, when `create`), and
/// whatever is there now is a regular file, not a folder, a link, a FIFO or a device.
pub fn check_target(path: &Path, create: bool) -> Result<(), WriteError> {
    let dir = folder_of(path);
    if !is_folder(&dir) {
        if create && fs::symlink_metadata(&dir).is_err() {
            fs::create_dir_all(&dir)?;
        } else if let Ok(m) = fs::metadata(&dir) {
            // A link to a folder the player named is fine; anything else is not a folder.
            if !m.is_dir() {
                return Err(WriteError::NoFolder(dir.display().to_string()));
            }
        } else {
            return Err(WriteError::NoFolder(dir.display().to_string()));
        }
    }
    match fs::symlink_metadata(path) {
        Ok(m) if !m.file_type().is_file() => Err(WriteError::NotRegular(kind(m.file_type()))),
        _ => Ok(()),
    }
}

/// Replaces `path` with `bytes` so that a crash leaves the old or the new contents, never a
/// mix. When `keep` says the old contents are worth keeping, they are first written to
/// `backup` the same way.
pub fn write_atomic(
    path: &Path,
    bytes: &[u8],
    backup: Option<&Path>,
    keep: impl Fn(&[u8]) -> bool,
) -> Result<(), WriteError> {
    check_target(path, false)?;
    let dir = folder_of(path);
    if let Some(bak) = backup
        && let Ok(old) = read(path, 16 * 1024 * 1024, Links::Refuse)
        && keep(&old)
    {
        replace(&dir, bak, &old)?;
    }
    replace(&dir, path, bytes)?;
    if let Ok(d) = fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Writes a temporary file in `dir`, syncs it and renames it over `to`.
fn replace(dir: &Path, to: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    if let Ok(m) = fs::symlink_metadata(to)
        && m.file_type().is_dir()
    {
        return Err(WriteError::NotRegular(kind(m.file_type())));
    }
    let mut tmp = tempfile::Builder::new().prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX).tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(to).map_err(|e| e.error)?;
    Ok(())
}

/// Removes temporary files that a killed process left in `dir`: the game's own
/// (`.goodfaith-*.tmp`) and, when `ours` (a folder only the game writes to), those of the
/// older naming (`.tmp*`). Files younger than a minute may belong to a game still writing.
/// Returns how many were removed.
pub fn clean_temps(dir: &Path, ours: bool) -> usize {
    let Ok(entries) = fs::read_dir(dir) else { return 0 };
    let now = SystemTime::now();
    let mut removed = 0;
    for e in entries.filter_map(|e| e.ok()) {
        let name = e.file_name().to_string_lossy().into_owned();
        let mine = name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX);
        let old_style = ours && name.starts_with(".tmp");
        if !(mine || old_style) {
            continue;
        }
        let Ok(m) = fs::symlink_metadata(e.path()) else { continue };
        let stale = m.modified().ok().and_then(|t| now.duration_since(t).ok()).is_some_and(|age| age >= STALE);
        if m.file_type().is_file() && stale && fs::remove_file(e.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_regular_file_within_its_cap() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        fs::write(&p, b"hello").unwrap();
        assert_eq!(read(&p, 5, Links::Refuse).unwrap(), b"hello");
        assert!(matches!(read(&p, 4, Links::Refuse), Err(ReadError::TooLarge(5, 4))));
        assert!(matches!(read(dir.path(), 100, Links::Follow), Err(ReadError::NotRegular("a folder"))));
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("pipe.ftl");
        let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
        // SAFETY: a valid C string.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let e = read(&p, 100, Links::Refuse).unwrap_err();
        assert!(e.to_string().contains("FIFO"), "{e}");
        assert!(matches!(check_target(&p, false), Err(WriteError::NotRegular(_))));
    }

    #[cfg(unix)]
    #[test]
    fn links_are_refused_inside_a_pack_at_any_depth() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("pack");
        fs::create_dir_all(root.join("real")).unwrap();
        fs::write(root.join("real/x.toml"), "x").unwrap();
        std::os::unix::fs::symlink(root.join("real"), root.join("scenarios")).unwrap();
        std::os::unix::fs::symlink("/etc/passwd", root.join("pack.toml")).unwrap();
        assert_eq!(inside(&root, Path::new("scenarios/x.toml")), Err(InsideError::Link("scenarios".into())));
        assert_eq!(inside(&root, Path::new("../x")), Err(InsideError::Outside));
        assert_eq!(inside(&root, Path::new("/etc/passwd")), Err(InsideError::Outside));
        assert!(matches!(read(&root.join("pack.toml"), 100, Links::Refuse), Err(ReadError::Link)));
        assert_eq!(inside(&root, Path::new("real/x.toml")), Ok(root.join("real/x.toml")));
    }

    #[test]
    fn a_write_refuses_folders_and_missing_folders() {
        let dir = tempfile::tempdir().unwrap();
        let e = write_atomic(dir.path(), b"x", None, |_| true).unwrap_err();
        assert!(e.to_string().contains("a folder"), "{e}");
        let deep = dir.path().join("no/such/x.toml");
        assert!(matches!(write_atomic(&deep, b"x", None, |_| true), Err(WriteError::NoFolder(_))));
        assert!(!dir.path().join("no").exists(), "no folder was created");
        check_target(&deep, true).unwrap();
        assert!(dir.path().join("no/such").is_dir(), "created when asked");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_at_the_backup_is_replaced_not_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, "precious").unwrap();
        let p = dir.path().join("save.toml");
        let bak = dir.path().join("save.toml.bak");
        fs::write(&p, "old").unwrap();
        std::os::unix::fs::symlink(&victim, &bak).unwrap();
        write_atomic(&p, b"new", Some(&bak), |_| true).unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
        assert_eq!(fs::read_to_string(&bak).unwrap(), "old");
        assert_eq!(fs::read_to_string(&p).unwrap(), "new");
        // Old contents not worth keeping leave the backup alone.
        write_atomic(&p, b"newer", Some(&bak), |old| old != b"new").unwrap();
        assert_eq!(fs::read_to_string(&bak).unwrap(), "old");
    }

    #[test]
    fn stale_temporary_files_are_cleaned_and_fresh_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".goodfaith-abc.tmp");
        let fresh = dir.path().join(".goodfaith-def.tmp");
        let old_style = dir.path().join(".tmpXYZ");
        let other = dir.path().join("notes.tmp");
        for p in [&stale, &fresh, &old_style, &other] {
            fs::write(p, "x").unwrap();
        }
        let long_ago = SystemTime::now() - Duration::from_secs(3600);
        for p in [&stale, &old_style, &other] {
            fs::File::options().write(true).open(p).unwrap().set_modified(long_ago).unwrap();
        }
        assert_eq!(clean_temps(dir.path(), false), 1);
        assert!(!stale.exists() && fresh.exists() && old_style.exists() && other.exists());
        assert_eq!(clean_temps(dir.path(), true), 1);
        assert!(!old_style.exists() && other.exists());
    }
}
