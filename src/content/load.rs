//! Finding packs on disk and reading their files safely.
//!
//! Every read is capped before it happens, every file must be UTF-8 without forbidden
//! characters, and no path may lead outside the pack's folder. Problems become
//! diagnostics; a pack with errors is still returned as far as it could be read, so the
//! checker can report everything at once.

use super::diag::{Diagnostic, FileId, SourceMap};
use super::raw::{Manifest, ScenarioFile};
use super::text;
use super::tree::{Kind, Tree};
use crate::files::{self, ReadError};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

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
    /// Where its files come from.
    pub tree: Tree,
    /// Its folder, as shown in messages and listings.
    pub root: PathBuf,
    pub manifest: Option<Manifest>,
    pub manifest_file: FileId,
    pub scenario_files: Vec<(FileId, ScenarioFile)>,
    /// Fluent files per language tag, in path order.
    pub ftl: BTreeMap<String, Vec<FileId>>,
    /// SHA-256 over every file's relative path and bytes.
    pub hash: String,
    /// What tables that could not be read may have defined (see [`super::recover`]).
    pub lost: super::recover::Lost,
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
pub fn find_packs(roots: &[PathBuf], diags: &mut Vec<Diagnostic>) -> Vec<Tree> {
    let mut out = Vec::new();
    for root in roots {
        let manifest = root.join("pack.toml");
        if files::is_regular(&manifest) {
            out.push(Tree::Disk(root.clone()));
            continue;
        }
        if let Ok(m) = fs::symlink_metadata(&manifest) {
            // There is a pack here, but its manifest cannot be read safely.
            diags.push(
                Diagnostic::error(
                    "",
                    None,
                    None,
                    format!("{} is {}, not a file", manifest.display(), files::kind(m.file_type())),
                )
                .help("a pack's pack.toml must be a regular file in the pack's folder; links are not followed"),
            );
            continue;
        }
        match fs::read_dir(root) {
            Ok(entries) => {
                // A pack is a folder, not a link to one, holding a regular `pack.toml`.
                let mut dirs: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok())
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                    .map(|e| e.path())
                    .filter(|p| files::is_regular(&p.join("pack.toml")))
                    .collect();
                dirs.sort();
                if dirs.is_empty() {
                    diags.push(
                        Diagnostic::error("", None, None, format!("no pack found in {}", root.display()))
                            .help("a pack is a folder with a pack.toml file"),
                    );
                }
                out.extend(dirs.into_iter().map(Tree::Disk));
            }
            Err(e) => diags.push(Diagnostic::error("", None, None, format!("cannot read {}: {e}", root.display()))),
        }
    }
    out
}

/// Reads one pack. Problems are added to `diags`.
pub fn read_pack(tree: Tree, map: &mut SourceMap, diags: &mut Vec<Diagnostic>) -> Pack {
    let root = tree.shown(Path::new(""));
    let fallback_id = root.file_name().map_or_else(|| "?".to_string(), |n| n.to_string_lossy().into_owned());
    let mut reader =
        Reader { tree: &tree, map, diags, pack: fallback_id.clone(), hasher: Sha256::new(), lost: Default::default() };
    let (manifest_file, text) = reader.read(Path::new("pack.toml"));
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
        None => reader.walk(Path::new("scenarios"), "toml"),
    };
    let mut ftl_paths: Vec<(String, Vec<PathBuf>)> = Vec::new();
    for (dir, kind) in reader.entries(Path::new("locales")) {
        if kind != Kind::Folder {
            continue;
        }
        let lang = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if !super::validate::is_locale_id(&lang) {
            let fid = reader.map.add(tree.shown(&dir), String::new());
            reader.diags.push(
                Diagnostic::error(&reader.pack, Some(fid), None, "this folder's name is not a language tag")
                    .help("name locale folders by language tags such as en-US, ar, he or fr"),
            );
            continue;
        }
        let paths = reader.walk(&dir, "ftl");
        ftl_paths.push((lang, paths));
    }
    // The whole pack is measured before anything is read, so an oversized pack costs nothing.
    let total: u64 =
        files.iter().chain(ftl_paths.iter().flat_map(|(_, p)| p.iter())).map(|p| tree.size(p)).sum::<u64>()
            + tree.size(Path::new("pack.toml"));
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
            tree,
            root,
            manifest,
            manifest_file,
            scenario_files: Vec::new(),
            ftl: BTreeMap::new(),
            hash: String::new(),
            lost: Default::default(),
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
            if let Some(sf) = reader.parse_scenario(fid, &t) {
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
    let lost = reader.lost;
    Pack { id, version, tree, root, manifest, manifest_file, scenario_files, ftl, hash, lost }
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
    for l in &m.locales {
        let tag = &l.get_ref().0;
        if !super::validate::is_locale_id(tag) {
            diags.push(
                Diagnostic::error(id, Some(file), Some(l.span()), format!("`{tag}` is not a language tag"))
                    .help("list languages by tags such as en-US, ar, he or fr"),
            );
        }
    }
    if !m.locales.iter().any(|l| l.get_ref().0 == "en-US") {
        diags.push(
            Diagnostic::error(id, Some(file), None, "the pack does not list `en-US` among its locales")
                .help("every pack ships English text, the fallback for every other language"),
        );
    }
}

struct Reader<'a> {
    tree: &'a Tree,
    map: &'a mut SourceMap,
    diags: &'a mut Vec<Diagnostic>,
    pack: String,
    hasher: Sha256,
    lost: super::recover::Lost,
}

impl Reader<'_> {
    /// Reads a file (a path inside the pack) within the caps; the text is `None` when it
    /// cannot be used.
    fn read(&mut self, rel: &Path) -> (FileId, Option<String>) {
        let shown = self.tree.shown(rel);
        let bytes = match self.tree.read(rel, MAX_FILE) {
            Ok(b) => b,
            Err(e) => {
                let fid = self.map.add(shown, String::new());
                let d = match e {
                    ReadError::TooLarge(n, _) => Diagnostic::error(
                        &self.pack,
                        Some(fid),
                        None,
                        format!("the file is {n} bytes; the limit is {MAX_FILE} bytes (1 MiB)"),
                    )
                    .help("split it into several files"),
                    ReadError::Link => Diagnostic::error(
                        &self.pack,
                        Some(fid),
                        None,
                        "cannot read the file: it is a link, or inside a linked folder",
                    )
                    .help("a pack may not hold links; copy the file into the pack instead"),
                    ReadError::NotRegular(kind) => {
                        Diagnostic::error(&self.pack, Some(fid), None, format!("cannot read the file: it is {kind}"))
                            .help("a pack holds only regular files")
                    }
                    ReadError::Io(e) => {
                        Diagnostic::error(&self.pack, Some(fid), None, format!("cannot read the file: {e}"))
                    }
                };
                self.diags.push(d);
                return (fid, None);
            }
        };
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
                self.toml_error(fid, text, &e);
                None
            }
        }
    }

    fn toml_error(&mut self, fid: FileId, text: &str, e: &toml::de::Error) {
        let mut d = Diagnostic::error(&self.pack, Some(fid), e.span(), e.message().trim().to_string());
        if text.trim().is_empty() {
            d = d.help("the file is empty");
        } else if let Some(h) = unknown_field_help(e.message()) {
            d = d.help(h);
        }
        self.diags.push(d);
    }

    /// A scenario file, read on past its errors: each table holding one is reported, then
    /// blanked, and the rest of the file is still read (see [`super::recover`]).
    fn parse_scenario(&mut self, fid: FileId, text: &str) -> Option<ScenarioFile> {
        use super::recover::{MAX_TRIES, blank, table_around};
        let mut err = match toml::from_str::<ScenarioFile>(text) {
            Ok(v) => return Some(v),
            Err(e) => e,
        };
        self.toml_error(fid, text, &err);
        let mut current = text.to_string();
        let mut blanked: Vec<std::ops::Range<usize>> = Vec::new();
        for _ in 0..MAX_TRIES {
            let Some(range) = err.span().and_then(|s| table_around(&current, s.start)) else { break };
            self.lost.note(&current[range.clone()]);
            current = blank(&current, range.clone());
            blanked.push(range);
            match toml::from_str::<ScenarioFile>(&current) {
                Ok(v) => return Some(v),
                Err(e) => {
                    // Only an error of the file's own is told, not one the blanking made.
                    match e.span() {
                        Some(s) if !blanked.iter().any(|b| b.contains(&s.start) || s.start == b.end) => {
                            self.toml_error(fid, text, &e)
                        }
                        _ => break,
                    }
                    err = e;
                }
            }
        }
        self.lost.whole = true;
        None
    }

    /// A path from the manifest, if it stays inside the pack without following a link.
    fn inside(&mut self, fid: FileId, span: std::ops::Range<usize>, rel: &str) -> Option<PathBuf> {
        let path = Path::new(rel);
        let checked = match self.tree {
            Tree::Disk(root) => files::inside(root, path).map(|_| ()),
            // Built-in files are no links; only the path's shape is checked.
            Tree::Shipped(_) if files::is_plain_relative(path) => Ok(()),
            Tree::Shipped(_) => Err(files::InsideError::Outside),
        };
        match checked {
            Ok(()) => Some(path.to_path_buf()),
            Err(e) => {
                let (label, help) = match e {
                    files::InsideError::Outside => (
                        format!("`{rel}` refers to a file outside the pack"),
                        "list files by paths relative to the pack, without `..`",
                    ),
                    files::InsideError::Link(part) => (
                        format!("`{rel}` goes through `{part}`, which is a link"),
                        "a pack may not hold links; copy the files into the pack instead",
                    ),
                };
                self.diags.push(
                    Diagnostic::error(&self.pack, Some(fid), Some(span), label)
                        .label("not inside the pack's folder")
                        .help(help),
                );
                None
            }
        }
    }

    /// The entries of a folder inside the pack (relative paths, sorted) with their kinds, as
    /// the folder holds them: a link is reported as an error and left out, never followed.
    fn entries(&mut self, rel: &Path) -> Vec<(PathBuf, Kind)> {
        let entries = match self.tree.entries(rel) {
            Ok(e) => e,
            Err(_) => {
                let fid = self.map.add(self.tree.shown(rel), String::new());
                self.diags.push(
                    Diagnostic::error(&self.pack, Some(fid), None, "this folder is a link, and links are not followed")
                        .help("a pack may not hold links; copy the files into the pack instead"),
                );
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for (path, kind) in entries {
            if kind == Kind::Link {
                let fid = self.map.add(self.tree.shown(&path), String::new());
                self.diags.push(
                    Diagnostic::error(
                        &self.pack,
                        Some(fid),
                        None,
                        "this is a link, and links inside a pack are not followed",
                    )
                    .help("copy the file into the pack instead of linking to it"),
                );
                continue;
            }
            out.push((path, kind));
        }
        out
    }

    /// Every file with the extension under `rel` (a folder inside the pack), sorted, as paths
    /// inside the pack; links are errors and are not followed.
    fn walk(&mut self, rel: &Path, ext: &str) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let mut stack = vec![rel.to_path_buf()];
        while let Some(d) = stack.pop() {
            for (path, kind) in self.entries(&d) {
                if kind == Kind::Folder {
                    stack.push(path);
                } else if path.extension().is_some_and(|x| x == ext) {
                    out.push(path);
                }
                if out.len() > MAX_FILES {
                    let fid = self.map.add(self.tree.shown(rel), String::new());
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

pub(crate) fn unknown_field_help(msg: &str) -> Option<String> {
    // "unknown field `wieght`, expected one of `a`, `b`"
    let rest = msg.strip_prefix("unknown field `")?;
    let (name, expected) = rest.split_once('`')?;
    let names: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    crate::engine::expr::suggest(name, names).map(|s| format!("did you mean `{s}`?"))
}
