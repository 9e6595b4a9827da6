//! All packs found, in dependency order, and the scenarios they make.

use super::diag::{Annotate, Diagnostic, FileId, SourceMap};
use super::load::{self, Pack};
use super::messages;
use super::translation::{self, Coverage};
use super::validate::{self, Part};
use crate::engine::Scenario;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

/// The packs read from the content roots.
#[derive(Debug)]
pub struct Library {
    pub map: SourceMap,
    /// In dependency order: a pack comes after the packs it depends on.
    pub packs: Vec<Pack>,
    /// Problems found while reading, before any scenario is built.
    pub diags: Vec<Diagnostic>,
    /// The game's own interface text per language, when [`Library::add_ui`] was called:
    /// `check` compares it like a pack named `ui`.
    pub ui: BTreeMap<String, Vec<FileId>>,
    /// What a player should know about where packs came from: a pack on disk that replaces
    /// a built-in one.
    pub notices: Vec<String>,
}

/// Everything `check` finds: diagnostics, and how much of each language is translated.
#[derive(Debug, Clone)]
pub struct Checked {
    pub diags: Vec<Diagnostic>,
    /// One row per pack (and `ui`) and language other than `en-US`.
    pub coverage: Vec<Coverage>,
}

/// A pack's identity as a save records it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackRef {
    pub id: String,
    pub version: String,
    pub hash: String,
}

/// A scenario ready to play, with the packs it came from (dependencies first).
#[derive(Debug, Clone)]
pub struct Built {
    pub scenario: Arc<Scenario>,
    pub packs: Vec<PackRef>,
    /// Fluent sources per language, in override order.
    pub texts: BTreeMap<String, Vec<(PathBuf, String)>>,
    /// The scenario's names, to compile expressions against it later.
    pub names: Arc<super::resolve::Names>,
}

impl Built {
    /// Evaluates an expression (a condition gives 0 or 1) in a game of this scenario.
    pub fn eval(&self, game: &crate::engine::Game, src: &str) -> Result<i32, crate::engine::expr::ExprError> {
        let code = validate::compile_probe(&self.names, src)?;
        let ctx = crate::engine::expr::Ctx { self_actor: game.actor(), target: 0 };
        Ok(code.eval(game.values(), &ctx))
    }
}

/// A scenario's summary for menus.
#[derive(Debug, Clone)]
pub struct ScenarioInfo {
    pub id: String,
    pub pack: String,
    pub roles: Vec<String>,
    pub difficulties: Vec<String>,
    pub locales: Vec<String>,
}

impl Library {
    /// Reads every pack under the roots (folders on disk only).
    pub fn load(roots: &[PathBuf]) -> Library {
        Library::load_from(roots, &[], false)
    }

    /// Reads every pack under the roots, then the packs built into the game. A pack on disk
    /// with a built-in pack's id takes its place (with a notice, unless it is the same).
    pub fn load_installed(roots: &[PathBuf]) -> Library {
        Library::load_from(roots, &[], true)
    }

    /// Reads the packs under `named`, with the installed ones (`installed`, then the built-in
    /// packs) beside them where their ids are not taken, so a pack's dependencies are found
    /// when it is checked on its own.
    pub fn load_beside(named: &[PathBuf], installed: &[PathBuf]) -> Library {
        Library::load_from(named, installed, true)
    }

    fn load_from(roots: &[PathBuf], beside: &[PathBuf], shipped: bool) -> Library {
        let mut map = SourceMap::default();
        let mut diags = Vec::new();
        let mut notices = Vec::new();
        let mut trees: Vec<(super::tree::Tree, bool)> =
            load::find_packs(roots, &mut diags).into_iter().map(|t| (t, false)).collect();
        let mut ignored = Vec::new();
        trees.extend(load::find_packs(beside, &mut ignored).into_iter().map(|t| (t, true)));
        if shipped {
            trees.extend(super::tree::shipped_packs().into_iter().map(|n| (super::tree::Tree::Shipped(n), true)));
        }
        // The same folder reached twice (`content/tutorial` and `content`) is one pack.
        let mut seen_dirs = Vec::new();
        trees.retain(|(t, _)| match t {
            super::tree::Tree::Disk(d) => {
                let key = std::fs::canonicalize(d).unwrap_or_else(|_| d.clone());
                let new = !seen_dirs.contains(&key);
                seen_dirs.push(key);
                new
            }
            super::tree::Tree::Shipped(_) => true,
        });
        let mut packs: Vec<Pack> = Vec::new();
        for (t, fallback) in trees {
            let built_in = matches!(t, super::tree::Tree::Shipped(_));
            // Read aside first: a pack that is replaced adds nothing, not even its diagnostics.
            let mut more = Vec::new();
            let p = load::read_pack(t, &mut map, &mut more);
            if fallback && let Some(disk) = packs.iter().find(|q| q.id == p.id) {
                if built_in && disk.hash != p.hash && beside.is_empty() {
                    notices.push(format!("pack `{}` from {} replaces the built-in one", p.id, disk.root.display()));
                }
                continue;
            }
            diags.extend(more);
            packs.push(p);
        }
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        let mut unique = Vec::new();
        for p in packs.drain(..) {
            if let Some(&first) = seen.get(&p.id) {
                let other: &Pack = &unique[first];
                diags.push(
                    Diagnostic::error(&p.id, Some(p.manifest_file), None, format!("two packs have the id `{}`", p.id))
                        .help(format!("the other one is in {}; the first one found is used", other.root.display())),
                );
                continue;
            }
            seen.insert(p.id.clone(), unique.len());
            unique.push(p);
        }
        let packs = order(unique, &map, &mut diags);
        Library { map, packs, diags, ui: BTreeMap::new(), notices }
    }

    pub fn pack(&self, id: &str) -> Option<&Pack> {
        self.packs.iter().find(|p| p.id == id)
    }

    /// Every scenario that has a `[setup]`, with its roles.
    pub fn scenarios(&self) -> Vec<ScenarioInfo> {
        let mut out: Vec<ScenarioInfo> = Vec::new();
        for p in &self.packs {
            for (_, sf) in &p.scenario_files {
                if sf.setup.is_some() && !out.iter().any(|s| s.id == sf.scenario.get_ref().0) {
                    out.push(ScenarioInfo {
                        id: sf.scenario.get_ref().0.clone(),
                        pack: p.id.clone(),
                        roles: Vec::new(),
                        difficulties: Vec::new(),
                        locales: p.locales(),
                    });
                }
            }
        }
        for s in &mut out {
            for p in &self.packs {
                for (_, sf) in p.scenario_files.iter().filter(|(_, f)| f.scenario.get_ref().0 == s.id) {
                    s.roles.extend(sf.role.iter().map(|r| r.id.get_ref().0.clone()));
                    s.difficulties.extend(sf.difficulty.iter().map(|d| d.id.get_ref().0.clone()));
                }
            }
        }
        out
    }

    fn parts(&self, id: &str) -> Vec<Part<'_>> {
        self.packs
            .iter()
            .flat_map(|p| {
                p.scenario_files
                    .iter()
                    .filter(move |(_, sf)| sf.scenario.get_ref().0 == id)
                    .map(move |(fid, sf)| Part { pack: &p.id, file: *fid, sf })
            })
            .collect()
    }

    /// The packs a scenario draws on: those with parts of it, and their dependencies.
    fn packs_for(&self, id: &str) -> Vec<&Pack> {
        let mut wanted: Vec<String> = self.parts(id).iter().map(|p| p.pack.to_string()).collect();
        let mut i = 0;
        while i < wanted.len() {
            if let Some(p) = self.pack(&wanted[i]) {
                for d in p.depends() {
                    if !wanted.contains(&d) {
                        wanted.push(d);
                    }
                }
            }
            i += 1;
        }
        self.packs.iter().filter(|p| wanted.contains(&p.id)).collect()
    }

    /// Builds and checks one scenario: the scenario, or every diagnostic (warnings too).
    pub fn build(&self, id: &str) -> (Option<Built>, Vec<Diagnostic>) {
        let parts = self.parts(id);
        if parts.is_empty() {
            let known: Vec<String> = self.scenarios().into_iter().map(|s| s.id).collect();
            let help = crate::engine::expr::suggest(id, known.iter().map(|s| s.as_str()))
                .map(|s| format!("did you mean `{s}`?"))
                .unwrap_or_else(|| format!("known scenarios: {}", known.join(", ")));
            return (None, vec![Diagnostic::error("", None, None, format!("no scenario `{id}`")).help(help)]);
        }
        let packs = self.packs_for(id);
        let involved: Vec<&str> = packs.iter().map(|p| p.id.as_str()).collect();
        let mut diags: Vec<Diagnostic> =
            self.diags.iter().filter(|d| involved.contains(&d.pack.as_str()) || d.pack.is_empty()).cloned().collect();
        let mut lost = super::recover::Lost::default();
        packs.iter().for_each(|p| lost.merge(&p.lost));
        let validate::Outcome { scenario, names, diags: more, required } =
            validate::build(id, &parts, &self.map, &lost);
        diags.extend(more);
        // Playing is checking: every check `check` makes of these packs applies, so the game
        // never runs text that `check` rejects.
        for p in &packs {
            diags.extend(self.check_pack(p).0);
        }
        let mut english = messages::Catalog::new();
        for p in &packs {
            english.extend(messages::catalog(&p.id, p.ftl_files("en-US"), &self.map, &mut Vec::new()));
        }
        messages::check_required(&required, &english, &mut diags);
        let diags = dedup(diags);
        let failed = diags.iter().any(|d| d.is_error());
        let built = scenario.filter(|_| !failed).map(|s| Built {
            scenario: Arc::new(s),
            packs: packs
                .iter()
                .map(|p| PackRef { id: p.id.clone(), version: p.version.clone(), hash: p.hash.clone() })
                .collect(),
            texts: self.texts(&packs),
            names: Arc::new(names),
        });
        (built, diags)
    }

    fn texts(&self, packs: &[&Pack]) -> BTreeMap<String, Vec<(PathBuf, String)>> {
        let mut out: BTreeMap<String, Vec<(PathBuf, String)>> = BTreeMap::new();
        for p in packs {
            for (lang, files) in &p.ftl {
                for &f in files {
                    let file = self.map.get(f);
                    out.entry(lang.clone()).or_default().push((file.path.clone(), file.text.clone()));
                }
            }
        }
        out
    }

    /// Every check of one pack's own files: its Fluent text in every language (syntax,
    /// caps, references), its manifest's languages, and each translation against English.
    fn check_pack(&self, p: &Pack) -> (Vec<Diagnostic>, Vec<Coverage>) {
        let mut diags = Vec::new();
        let mut coverage = Vec::new();
        let english = messages::catalog(&p.id, p.ftl_files("en-US"), &self.map, &mut diags);
        if let Some(m) = &p.manifest {
            let need = format!("pack-{}", p.id);
            if !english.contains_key(&need) && p.ftl.contains_key("en-US") {
                diags.push(
                    Diagnostic::error(
                        &p.id,
                        Some(p.manifest_file),
                        Some(m.id.span()),
                        format!("missing Fluent message `{need}` in en-US"),
                    )
                    .help(format!("add `{need} = <the pack's name>` to locales/en-US/*.ftl")),
                );
            }
            for l in &m.locales {
                let lang = &l.get_ref().0;
                // A tag that is not one is reported by the loader; no follow-on warning.
                if lang != "en-US" && validate::is_locale_id(lang) && !p.ftl.contains_key(lang) {
                    let mut d = Diagnostic::warning(
                        &p.id,
                        Some(p.manifest_file),
                        Some(l.span()),
                        format!("locale `{lang}` is listed but locales/{lang}/ has no .ftl file"),
                    );
                    (&mut d).help("add the translation or remove the locale from the list");
                    diags.push(d);
                }
            }
            if !p.ftl.contains_key("en-US") && !p.hash.is_empty() {
                diags.push(
                    Diagnostic::error(&p.id, Some(p.manifest_file), None, "the pack has no locales/en-US/*.ftl")
                        .help("every pack ships its English text"),
                );
            }
        }
        let mut langs: Vec<String> = p.ftl.keys().cloned().collect();
        langs.extend(p.locales());
        langs.sort();
        langs.dedup();
        for lang in langs.iter().filter(|l| *l != "en-US") {
            let other = messages::catalog(&p.id, p.ftl_files(lang), &self.map, &mut diags);
            let first = p.ftl_files(lang).first().copied();
            if first.is_some() {
                coverage.push(translation::compare(&p.id, lang, first, &english, &other, &mut diags));
            } else {
                // Listed in pack.toml with no files: reported above; nothing is translated.
                coverage.push(translation::compare(&p.id, lang, None, &english, &other, &mut Vec::new()));
            }
        }
        if coverage.is_empty() && !english.is_empty() {
            // A pack in English only still gets its row, so `check` shows what it counted.
            coverage.push(translation::compare(&p.id, "en-US", None, &english, &english, &mut Vec::new()));
        }
        (diags, coverage)
    }

    /// Adds the interface's own Fluent sources (language, text), shown as
    /// `locales/<lang>/ui.ftl`, so `check` compares their translations too.
    pub fn add_ui(&mut self, sources: &[(&str, &str)]) {
        for (lang, text) in sources {
            let path = PathBuf::from("locales").join(lang).join("ui.ftl");
            let fid = self.map.add(path, text.to_string());
            self.ui.entry(lang.to_string()).or_default().push(fid);
        }
    }

    /// Checks everything: reading, every scenario, every pack's Fluent files and names.
    pub fn check(&self) -> Vec<Diagnostic> {
        self.check_all().diags
    }

    /// [`Library::check`] with the translation coverage of every pack and language.
    pub fn check_all(&self) -> Checked {
        let mut diags = self.diags.clone();
        let mut coverage = Vec::new();
        if !self.ui.is_empty() {
            let files = |l: &str| self.ui.get(l).map_or(&[][..], |v| v.as_slice());
            let english = messages::catalog("ui", files("en-US"), &self.map, &mut diags);
            for lang in self.ui.keys().filter(|l| *l != "en-US") {
                let other = messages::catalog("ui", files(lang), &self.map, &mut diags);
                let first = files(lang).first().copied();
                coverage.push(translation::compare("ui", lang, first, &english, &other, &mut diags));
            }
        }
        for p in &self.packs {
            let (more, cov) = self.check_pack(p);
            diags.extend(more);
            coverage.extend(cov);
        }
        let mut seen = Vec::new();
        for p in &self.packs {
            for (_, sf) in &p.scenario_files {
                let id = &sf.scenario.get_ref().0;
                if !seen.contains(id) {
                    seen.push(id.clone());
                    let (_, more) = self.build(id);
                    diags.extend(more.into_iter().filter(|d| !d.pack.is_empty() || d.file.is_some()));
                }
            }
        }
        Checked { diags: dedup(diags), coverage }
    }
}

fn dedup(diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = Vec::new();
    for d in diags {
        if !out.contains(&d) {
            out.push(d);
        }
    }
    out
}

/// Orders packs so dependencies come first; reports unknown dependencies and cycles.
fn order(packs: Vec<Pack>, _map: &SourceMap, diags: &mut Vec<Diagnostic>) -> Vec<Pack> {
    let ids: Vec<String> = packs.iter().map(|p| p.id.clone()).collect();
    let index = |id: &str| ids.iter().position(|x| x == id);
    let mut deps: Vec<Vec<usize>> = Vec::new();
    for p in &packs {
        let mut v = Vec::new();
        if let Some(m) = &p.manifest {
            for d in &m.depends {
                let name = &d.get_ref().0;
                match index(name) {
                    Some(i) => v.push(i),
                    None => {
                        // Never the pack itself: a pack cannot depend on itself.
                        let others = ids.iter().map(|s| s.as_str()).filter(|s| *s != p.id);
                        let help = crate::engine::expr::suggest(name, others)
                            .map(|s| format!("did you mean `{s}`?"))
                            .unwrap_or_else(|| {
                                "install that pack beside this one, or pass its folder with --pack".into()
                            });
                        diags.push(
                            Diagnostic::error(
                                &p.id,
                                Some(p.manifest_file),
                                Some(d.span()),
                                format!("unknown pack `{name}`"),
                            )
                            .help(help),
                        );
                    }
                }
            }
        }
        deps.push(v);
    }
    let mut state = vec![0u8; packs.len()];
    let mut out_ix = Vec::new();
    fn visit(
        i: usize,
        deps: &[Vec<usize>],
        state: &mut [u8],
        stack: &mut Vec<usize>,
        out: &mut Vec<usize>,
        cycles: &mut Vec<Vec<usize>>,
    ) {
        match state[i] {
            2 => return,
            1 => {
                let from = stack.iter().position(|&x| x == i).unwrap_or(0);
                let mut c = stack[from..].to_vec();
                c.push(i);
                cycles.push(c);
                return;
            }
            _ => {}
        }
        state[i] = 1;
        stack.push(i);
        for &d in &deps[i] {
            visit(d, deps, state, stack, out, cycles);
        }
        stack.pop();
        state[i] = 2;
        out.push(i);
    }
    let mut cycles = Vec::new();
    for i in 0..packs.len() {
        visit(i, &deps, &mut state, &mut Vec::new(), &mut out_ix, &mut cycles);
    }
    for c in cycles {
        let path: Vec<&str> = c.iter().map(|&i| ids[i].as_str()).collect();
        let p = &packs[c[0]];
        diags.push(
            Diagnostic::error(
                &p.id,
                Some(p.manifest_file),
                None,
                format!("pack dependency cycle: {}", path.join(" → ")),
            )
            .help("a pack cannot depend on itself, directly or through others"),
        );
    }
    let mut slots: Vec<Option<Pack>> = packs.into_iter().map(Some).collect();
    out_ix.into_iter().filter_map(|i| slots[i].take()).collect()
}
