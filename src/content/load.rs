//! Finding packs on disk and reading their files safely.
//!
//! Every read is capped before it happens, every file must be UTF-8 without forbidden
//! characters, and no path may lead outside the pack's folder. Problems become
//! diagnostics; a pack with errors is still returned as far as it could be read, so the
//! checker can report everything at once.

use super::diag::{Diagnostic, FileId, SourceMap};
use super::raw::{Manifest, ScenarioFile};
use super::text;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// The largest file a pack may hold.
pub const MAX_FILE: u64 = 1024 * 1024;
/// The most a pack may hold in all.
pub const MAX_PACK: u64 = 8 * 1024 * 1024;
/// The most files a pack may hold.
pub const MAX_FILES: usize = 1000;
/// The pack-format version this engine reads.
pub const FORMAT: u32 = 1;

/// A pack as read from disk: its manifest, scenario files and Fluent files.
#[derive(Debug)]
pub struct Pack {
    pub id: String,
    pub version: String,
    pub root: PathBuf,
    pub manifest: Option<Manifest>,
    pub manifest_file: FileId,
    pub scenario_files: Vec<(FileId, ScenarioFile)>,
    /// Fluent files per language tag, in path order.
    pub ftl: BTreeMap<String, Vec<FileId>>,
    /// SHA-256 over every file's relative path and bytes.
    pub hash: String,
}

impl Pack {
    pub fn depends(&self) -> Vec<String> {
        self.manifest.as_ref().map_or_else(Vec::new, |m| m.depends.iter().map(|d| d.get_ref().0.clone()).collect())
    }

    /// The Fluent files of one language, in path order.
    pub fn ftl_files(&self, lang: &str) -> &[FileId] {
        self.ftl.get(lang).map_or(&[], |v| v.as_slice())
    }

    pub fn locales(&self) -> Vec<String> {
        self.manifest.as_ref().map_or_else(Vec::new, |m| m.locales.iter().map(|d| d.get_ref().0.clone()).collect())
    }
}

/// Finds pack folders: a root is a pack (it has `pack.toml`) or holds packs one level down.
pub fn find_packs(roots: &[PathBuf], diags: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for root in roots {
        if root.join("pack.toml").is_file() {
            out.push(root.clone());
            continue;
        }
        match fs::read_dir(root) {
            Ok(entries) => {
                let mut dirs: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|p| p.join("pack.toml").is_file())
                    .collect();
                dirs.sort();
                if dirs.is_empty() {
                    diags.push(
                        Diagnostic::error("", None, None, format!("no pack found in {}", root.display()))
                            .help("a pack is a folder with a pack.toml file"),
                    );
                }
                out.extend(dirs);
            }
            Err(e) => diags.push(Diagnostic::error("", None, None, format!("cannot read {}: {e}", root.display()))),
        }
    }
    out
}

/// Reads one pack. Problems are added to `diags`.
pub fn read_pack(root: &Path, map: &mut SourceMap, diags: &mut Vec<Diagnostic>) -> Pack {
    let fallback_id = root.file_name().map_or_else(|| "?".to_string(), |n| n.to_string_lossy().into_owned());
    let mut reader = Reader { root, map, diags, pack: fallback_id.clone(), hasher: Sha256::new() };
    let (manifest_file, text) = reader.read(&root.join("pack.toml"));
    let manifest = text.and_then(|t| reader.parse::<Manifest>(manifest_file, &t));
    let mut id = fallback_id;
    let mut version = String::new();
    if let Some(m) = &manifest {
        id = m.id.get_ref().0.clone();
        version = m.version.get_ref().0.clone();
        reader.pack = id.clone();
        check_manifest(m, manifest_file, reader.diags);
    }

    let files = match manifest.as_ref().and_then(|m| m.files.as_ref()) {
        Some(list) => {
            let mut v = Vec::new();
            for f in list {
                if let Some(p) = reader.inside(manifest_file, f.span(), &f.get_ref().0) {
                    v.push(p);
                }
            }
            v
        }
        None => reader.walk(&root.join("scenarios"), "toml"),
    };
    let mut ftl_paths: Vec<(String, Vec<PathBuf>)> = Vec::new();
    if let Ok(entries) = fs::read_dir(root.join("locales")) {
        let mut langs: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_dir()).collect();
        langs.sort();
        for dir in langs {
            let lang = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let paths = reader.walk(&dir, "ftl");
            ftl_paths.push((lang, paths));
        }
    }
    // The whole pack is measured before anything is read, so an oversized pack costs nothing.
    let total: u64 = files
        .iter()
        .chain(ftl_paths.iter().flat_map(|(_, p)| p.iter()))
        .filter_map(|p| fs::metadata(p).ok())
        .map(|m| m.len())
        .sum::<u64>()
        + fs::metadata(root.join("pack.toml")).map_or(0, |m| m.len());
    if total > MAX_PACK {
        reader.diags.push(
            Diagnostic::error(
                &reader.pack,
                Some(manifest_file),
                None,
                format!("the pack holds {total} bytes; the limit is {MAX_PACK} bytes (8 MiB)"),
            )
            .help("move some scenarios into a pack of their own"),
        );
        return Pack {
            id,
            version,
            root: root.to_path_buf(),
            manifest,
            manifest_file,
            scenario_files: Vec::new(),
            ftl: BTreeMap::new(),
            hash: String::new(),
        };
    }

    let mut scenario_files = Vec::new();
    for path in files {
        let (fid, text) = reader.read(&path);
        if let Some(t) = text {
            if t.trim().is_empty() {
                reader.diags.push(
                    Diagnostic::error(&reader.pack, Some(fid), None, "the file is empty")
                        .help("a scenario file starts with `scenario = \"<id>\"`"),
                );
                continue;
            }
            if let Some(sf) = reader.parse::<ScenarioFile>(fid, &t) {
                scenario_files.push((fid, sf));
            }
        }
    }

    let mut ftl = BTreeMap::new();
    for (lang, paths) in ftl_paths {
        // Kept even when rejected, so its messages do not also show up as missing.
        let ids = paths.iter().map(|p| reader.read(p).0).collect();
        ftl.insert(lang, ids);
    }
    let hash = format!("{:x}", reader.hasher.finalize_reset());
    Pack { id, version, root: root.to_path_buf(), manifest, manifest_file, scenario_files, ftl, hash }
}

fn check_manifest(m: &Manifest, file: FileId, diags: &mut Vec<Diagnostic>) {
    let id = &m.id.get_ref().0;
    if !super::validate::is_pack_id(id) {
        diags.push(
            Diagnostic::error(id, Some(file), Some(m.id.span()), format!("`{id}` is not a valid pack id"))
                .help("use lowercase letters, digits, `-` and `_`, starting with a letter"),
        );
    }
    if *m.format.get_ref() != FORMAT {
        diags.push(
            Diagnostic::error(
                id,
                Some(file),
                Some(m.format.span()),
                format!("pack format {} is not supported", m.format.get_ref()),
            )
            .help(format!("this version of the game reads pack format {FORMAT}")),
        );
    }
    if !m.locales.iter().any(|l| l.get_ref().0 == "en-US") {
        diags.push(
            Diagnostic::error(id, Some(file), None, "the pack does not list `en-US` among its locales")
                .help("every pack ships English text, the fallback for every other language"),
        );
    }
}

struct Reader<'a> {
    root: &'a Path,
    map: &'a mut SourceMap,
    diags: &'a mut Vec<Diagnostic>,
    pack: String,
    hasher: Sha256,
}

impl Reader<'_> {
    /// Reads a file within the caps; the text is `None` when it cannot be used.
    fn read(&mut self, path: &Path) -> (FileId, Option<String>) {
        let shown = path.to_path_buf();
        let bytes = match read_capped(path, MAX_FILE) {
            Ok(b) => b,
            Err(ReadError::TooLarge(n)) => {
                let fid = self.map.add(shown, String::new());
                self.diags.push(
                    Diagnostic::error(
                        &self.pack,
                        Some(fid),
                        None,
                        format!("the file is {n} bytes; the limit is {MAX_FILE} bytes (1 MiB)"),
                    )
                    .help("split it into several files"),
                );
                return (fid, None);
            }
            Err(ReadError::Io(e)) => {
                let fid = self.map.add(shown, String::new());
                self.diags.push(Diagnostic::error(&self.pack, Some(fid), None, format!("cannot read the file: {e}")));
                return (fid, None);
            }
        };
        let rel = path.strip_prefix(self.root).unwrap_or(path);
        self.hasher.update(rel.to_string_lossy().as_bytes());
        self.hasher.update([0]);
        self.hasher.update(&bytes);
        match String::from_utf8(bytes) {
            Ok(text) => {
                let fid = self.map.add(shown, text.clone());
                if let Some((at, c)) =
                    text.char_indices().find(|&(_, c)| text::is_forbidden(c) && c != '\t' && c != '\r')
                {
                    let what = text::check(&c.to_string()).unwrap_or_default();
                    self.diags.push(
                        Diagnostic::error(
                            &self.pack,
                            Some(fid),
                            Some(at..at + c.len_utf8()),
                            format!("the file contains a forbidden character: {what}"),
                        )
                        .label("here")
                        .help(
                            "remove it; pack text may not hold control characters, escape sequences or bidi overrides",
                        ),
                    );
                    return (fid, None);
                }
                (fid, Some(text))
            }
            Err(e) => {
                let valid = e.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                let fid = self.map.add(shown, text);
                self.diags.push(
                    Diagnostic::error(
                        &self.pack,
                        Some(fid),
                        Some(valid..valid + 1),
                        "the file is not valid UTF-8 text",
                    )
                    .label("invalid bytes start here")
                    .help("pack files must be UTF-8 text; is this a binary file?"),
                );
                (fid, None)
            }
        }
    }

    fn parse<T: serde::de::DeserializeOwned>(&mut self, fid: FileId, text: &str) -> Option<T> {
        match toml::from_str::<T>(text) {
            Ok(v) => Some(v),
            Err(e) => {
                let mut d = Diagnostic::error(&self.pack, Some(fid), e.span(), e.message().trim().to_string());
                if text.trim().is_empty() {
                    d = d.help("the file is empty");
                } else if let Some(h) = unknown_field_help(e.message()) {
                    d = d.help(h);
                }
                self.diags.push(d);
                None
            }
        }
    }

    /// A path from the manifest, if it stays inside the pack.
    fn inside(&mut self, fid: FileId, span: std::ops::Range<usize>, rel: &str) -> Option<PathBuf> {
        let p = Path::new(rel);
        let bad = p.is_absolute()
            || rel.contains('\\')
            || p.components().any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
        let full = self.root.join(p);
        let escapes = bad
            || match (full.canonicalize(), self.root.canonicalize()) {
                (Ok(f), Ok(r)) => !f.starts_with(r),
                _ => false,
            };
        if escapes {
            self.diags.push(
                Diagnostic::error(
                    &self.pack,
                    Some(fid),
                    Some(span),
                    format!("`{rel}` refers to a file outside the pack"),
                )
                .label("not inside the pack's folder")
                .help("list files by paths relative to the pack, without `..`, and without links that lead out of it"),
            );
            return None;
        }
        Some(full)
    }

    /// Every file with the extension under `dir`, sorted; links that leave the pack are errors.
    fn walk(&mut self, dir: &Path, ext: &str) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let Ok(entries) = fs::read_dir(&d) else { continue };
            for e in entries.filter_map(|e| e.ok()) {
                let path = e.path();
                let Ok(meta) = fs::symlink_metadata(&path) else { continue };
                if meta.file_type().is_symlink() {
                    let root = self.root.canonicalize().ok();
                    let target = path.canonicalize().ok();
                    if !matches!((&root, &target), (Some(r), Some(t)) if t.starts_with(r)) {
                        let fid = self.map.add(path.clone(), String::new());
                        self.diags.push(
                            Diagnostic::error(&self.pack, Some(fid), None, "this link leads outside the pack")
                                .help("copy the file into the pack instead of linking to it"),
                        );
                        continue;
                    }
                }
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|x| x == ext) {
                    out.push(path);
                }
                if out.len() > MAX_FILES {
                    let fid = self.map.add(dir.to_path_buf(), String::new());
                    self.diags.push(Diagnostic::error(
                        &self.pack,
                        Some(fid),
                        None,
                        format!("more than {MAX_FILES} files"),
                    ));
                    return Vec::new();
                }
            }
        }
        out.sort();
        out
    }
}

fn unknown_field_help(msg: &str) -> Option<String> {
    // "unknown field `wieght`, expected one of `a`, `b`"
    let rest = msg.strip_prefix("unknown field `")?;
    let (name, expected) = rest.split_once('`')?;
    let names: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    crate::engine::expr::suggest(name, names).map(|s| format!("did you mean `{s}`?"))
}

#[derive(Debug)]
pub enum ReadError {
    TooLarge(u64),
    Io(std::io::Error),
}

/// Reads at most `cap` bytes, failing when the file is larger (checked before and while reading).
pub fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    let f = fs::File::open(path).map_err(ReadError::Io)?;
    let len = f.metadata().map_err(ReadError::Io)?.len();
    if len > cap {
        return Err(ReadError::TooLarge(len));
    }
    let mut buf = Vec::with_capacity(len as usize);
    f.take(cap + 1).read_to_end(&mut buf).map_err(ReadError::Io)?;
    if buf.len() as u64 > cap {
        return Err(ReadError::TooLarge(buf.len() as u64));
    }
    Ok(buf)
}
