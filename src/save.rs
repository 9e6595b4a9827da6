//! Saves are replays: the scenario, role, seed, language, the packs' identities and the
//! decisions so far. Loading replays the decisions; writing is atomic and keeps a backup.

use crate::content::library::{Built, Library, PackRef};
use crate::engine::rng::ALGORITHM;
use crate::engine::scenario::{Scenario, TargetKind};
use crate::engine::{Decision, Game, Phase, Setup, Target};
use crate::files::{self, Links, ReadError, WriteError};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

pub mod rebase;
mod seat;

/// The save format this version writes and reads (1: before changes of seat and lessons;
/// still read).
pub const SAVE_FORMAT: u32 = 2;
/// Saves are small; anything larger is not one of ours.
pub const MAX_SAVE: u64 = 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Save {
    pub format: u32,
    pub engine: String,
    pub rng: String,
    pub scenario: String,
    pub role: String,
    pub difficulty: Option<String>,
    pub seed: u64,
    pub lang: String,
    /// The turn the game had reached, and a fingerprint of its state, for `--verify`.
    pub turn: u16,
    pub state: String,
    pub packs: Vec<PackRef>,
    pub decisions: Vec<String>,
    /// The ending reached, for a finished game (shown in the list of saves).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ending: Option<String>,
    /// Changes of seat: from the start of `week`, the player holds `role` (`role` above is
    /// the chair the game began in).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seats: Vec<SavedSeat>,
    /// The lesson the game is played in, if any: the game stops after its last week.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lesson: Option<SavedLesson>,
}

/// A change of seat as saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedSeat {
    pub week: u16,
    pub role: String,
}

/// What a save keeps of its lesson: enough to stop where the lesson stops and to show its
/// ending and questions later, without the lesson file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedLesson {
    /// The lesson's title, as the teacher wrote it.
    pub title: String,
    /// The week the game was handed to the player (after the computer played to a start point).
    pub first_week: u16,
    /// The last week played: the lesson ends as this week ends.
    pub last_week: u16,
    /// The roles the lesson allows (empty: every role).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// The teacher's questions for the end of the game.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<String>,
}

/// A save as the list of saved games shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveInfo {
    pub path: PathBuf,
    /// When the file was last written (seconds since 1970), the newest first in lists.
    pub modified: u64,
    /// The save, or why it cannot be read.
    pub save: Result<Save, String>,
}

/// The saves in a folder, newest first: every `.toml` file that is a regular file (a
/// damaged one without a whole backup is listed with its reason, so it can be seen and
/// deleted).
pub fn list(dir: &Path) -> Vec<SaveInfo> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut out: Vec<SaveInfo> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|path| {
            let modified = std::fs::symlink_metadata(&path)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_secs());
            // A damaged save whose backup is whole is listed (and continued) from the backup;
            // loading it says so.
            let save = Save::read_or_recover(&path).map(|(s, _)| s).map_err(|e| match e {
                SaveError::Corrupt { detail, .. } => detail,
                other => other.to_string(),
            });
            SaveInfo { path, modified, save }
        })
        .collect();
    out.sort_by(|a, b| b.modified.cmp(&a.modified).then(a.path.cmp(&b.path)));
    out
}

/// Deletes a save and its backup.
pub fn delete(path: &Path) -> std::io::Result<()> {
    std::fs::remove_file(path)?;
    match std::fs::remove_file(backup_path(path)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    // The reason is in the message; it is not also a `source`, or a chain would say it twice.
    #[error("cannot read {path}: {error}")]
    Read { path: PathBuf, error: std::io::Error },
    #[error("{path} is larger than any save ({size} bytes); it is not a Good Faith save")]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{path} is not a readable save: {detail}")]
    Corrupt { path: PathBuf, detail: String },
    #[error("{path} was written by a newer version (save format {found}; this version reads {SAVE_FORMAT})")]
    Newer { path: PathBuf, found: u32 },
    #[error("the save needs scenario `{0}`, which is not installed")]
    Scenario(String),
    #[error("the save needs pack `{id}` {version}, which is not installed")]
    MissingPack { id: String, version: String },
    #[error(
        "pack `{id}` has changed since the game was saved (saved with {saved}, installed {installed}); the save cannot be replayed with different content"
    )]
    PackChanged { id: String, saved: String, installed: String },
    #[error("the save names role `{0}`, which the scenario does not have")]
    Role(String),
    #[error("the save changes seat to role `{0}` in week {1}, which it cannot do")]
    Seat(String, u16),
    #[error("there is no role `{role}` to take (roles: {roles})")]
    NoSuchRole { role: String, roles: String },
    #[error("the lesson of this save does not allow role `{role}` (it allows: {roles})")]
    LessonRole { role: String, roles: String },
    #[error("the save has not reached week {week}; choose a week from {first} to {last}")]
    SeatWeek { week: u16, first: u16, last: u16 },
    #[error("the lesson of this save begins in week {first}; choose a week from {first} on, not {week}")]
    SeatBeforeLesson { week: u16, first: u16 },
    #[error("the save names difficulty `{0}`, which the scenario does not have")]
    Difficulty(String),
    #[error("decision {index} (`{text}`) no longer applies: {reason}")]
    Decision { index: usize, text: String, reason: String },
    #[error("cannot write {path}: {error}")]
    Write { path: PathBuf, error: WriteError },
    #[error(
        "cannot save to {path}: it holds something that is not a Good Faith save; choose another file, or move that one away"
    )]
    NotASave { path: PathBuf },
    #[error(
        "replaying {path} does not reach the game it recorded (it reaches week {turn}, state {state}; the save recorded week {saved_turn}, state {saved_state}); the rules or the content changed. Load it with --force to play on from where the replay ends"
    )]
    Diverges { path: PathBuf, turn: u16, state: String, saved_turn: u16, saved_state: String },
}

impl SaveError {
    /// Whether the file itself is damaged (so its backup may help).
    pub fn is_damage(&self) -> bool {
        matches!(self, SaveError::Corrupt { .. } | SaveError::TooLarge { .. })
    }
}

/// A save read from its backup because the file itself was damaged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovered {
    /// Why the file itself could not be read.
    pub reason: String,
    pub backup: PathBuf,
}

/// A short fingerprint of the game state.
pub fn fingerprint(g: &Game) -> String {
    let mut h = Sha256::new();
    h.update(g.turn().to_le_bytes());
    for v in g.values() {
        h.update(v.to_le_bytes());
    }
    format!("{:x}", h.finalize())[..16].to_string()
}

/// A decision as saved text: by ids, so it survives reordering of the pack.
pub fn encode(g: &Game, d: &Decision) -> String {
    let sc = g.scenario();
    match *d {
        Decision::Choose(o) => match g.phase() {
            Phase::Choosing(e) => {
                let ev = &sc.events[e as usize];
                format!("choose {}.{}", ev.id, ev.options[o as usize].id)
            }
            _ => format!("choose ?.{o}"),
        },
        Decision::EndTurn => "end".to_string(),
        Decision::Act { action, target } => {
            let a = &sc.actions[action as usize].id;
            match target {
                Target::None => format!("act {a}"),
                Target::Actor(t) => format!("act {a} {}", sc.actors[t as usize].id),
                Target::Issue { issue, option, ambiguous } => {
                    let i = &sc.issues[issue as usize];
                    let amb = if ambiguous { " ambiguous" } else { "" };
                    format!("act {a} {}.{}{amb}", i.id, i.options[option as usize].id)
                }
            }
        }
    }
}

/// Reads a saved decision against the game it applies to.
pub fn decode(g: &Game, s: &str) -> Result<Decision, String> {
    let sc: &Scenario = g.scenario();
    let words: Vec<&str> = s.split_whitespace().collect();
    match words.as_slice() {
        ["end"] => Ok(Decision::EndTurn),
        ["choose", what] => {
            let (ev, opt) = what.split_once('.').ok_or("expected `choose <event>.<option>`")?;
            let Phase::Choosing(e) = g.phase() else {
                return Err(format!("the game is not waiting for a choice in `{ev}`"));
            };
            let pending = &sc.events[e as usize];
            if pending.id != ev {
                return Err(format!("the game now asks about `{}`, not `{ev}`", pending.id));
            }
            let o = pending
                .options
                .iter()
                .position(|o| o.id == opt)
                .ok_or(format!("event `{ev}` has no option `{opt}`"))?;
            Ok(Decision::Choose(o as u8))
        }
        ["act", action, rest @ ..] => {
            let a = sc.action_ix(action).ok_or(format!("there is no action `{action}`"))?;
            let target = match (&sc.actions[a as usize].target, rest) {
                (TargetKind::None, []) => Target::None,
                (TargetKind::Actor(_), [t]) => Target::Actor(sc.actor_ix(t).ok_or(format!("there is no actor `{t}`"))?),
                (TargetKind::Issue, [io, flags @ ..]) => {
                    let (i, o) = io.split_once('.').ok_or("expected `<issue>.<option>`")?;
                    let ii = sc.issue_ix(i).ok_or(format!("there is no issue `{i}`"))?;
                    let oi = sc.issues[ii as usize]
                        .options
                        .iter()
                        .position(|x| x.id == o)
                        .ok_or(format!("issue `{i}` has no option `{o}`"))?;
                    Target::Issue { issue: ii, option: oi as u8, ambiguous: flags == ["ambiguous"] }
                }
                _ => return Err(format!("action `{action}` takes a different target")),
            };
            Ok(Decision::Act { action: a, target })
        }
        _ => Err("not a decision this version understands".into()),
    }
}

impl Save {
    /// Describes a game in progress (replays it quietly to name each decision).
    pub fn of(g: &Game, built: &Built, lang: &str) -> Save {
        let sc = g.scenario();
        let setup = g.setup();
        let mut shadow = g.fresh(false);
        let mut decisions = Vec::with_capacity(g.decisions().len());
        for d in g.decisions() {
            decisions.push(encode(&shadow, d));
            let _ = shadow.apply(*d);
        }
        Save {
            format: SAVE_FORMAT,
            engine: format!("goodfaith {}", env!("CARGO_PKG_VERSION")),
            rng: ALGORITHM.to_string(),
            scenario: sc.id.clone(),
            role: sc.roles[setup.role as usize].id.clone(),
            difficulty: setup.difficulty.map(|d| sc.difficulties[d as usize].id.clone()),
            seed: setup.seed,
            lang: lang.to_string(),
            turn: g.turn(),
            state: fingerprint(g),
            packs: built.packs.clone(),
            decisions,
            ending: g.ended().map(|(e, _)| sc.endings[e as usize].id.clone()),
            seats: g
                .seats()
                .iter()
                .map(|&(week, r)| SavedSeat { week, role: sc.roles[r as usize].id.clone() })
                .collect(),
            lesson: None,
        }
    }

    /// The chair the player holds at the end of the save: the last change of seat's, or
    /// the one the game began in.
    pub fn chair(&self) -> &str {
        self.seats.last().map_or(&self.role, |s| &s.role)
    }

    /// The same save, kept with its lesson.
    pub fn with_lesson(mut self, lesson: Option<SavedLesson>) -> Save {
        self.lesson = lesson;
        self
    }

    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a save; never changes the file.
    pub fn read(path: &Path) -> Result<Save, SaveError> {
        let bytes = files::read(path, MAX_SAVE, Links::Follow).map_err(|e| match e {
            ReadError::TooLarge(size, _) => SaveError::TooLarge { path: path.into(), size },
            ReadError::Io(error) => SaveError::Read { path: path.into(), error },
            other => SaveError::Read { path: path.into(), error: std::io::Error::other(other.to_string()) },
        })?;
        Save::parse(path, bytes)
    }

    /// Reads a save, or its backup when the file itself is damaged (torn, truncated or not a
    /// save): the second value then says so, and why.
    pub fn read_or_recover(path: &Path) -> Result<(Save, Option<Recovered>), SaveError> {
        match Save::read(path) {
            Ok(s) => Ok((s, None)),
            Err(e) if e.is_damage() => {
                let backup = backup_path(path);
                match Save::read(&backup) {
                    Ok(s) => Ok((s, Some(Recovered { reason: e.to_string(), backup }))),
                    Err(_) => Err(e),
                }
            }
            Err(e) => Err(e),
        }
    }

    fn parse(path: &Path, bytes: Vec<u8>) -> Result<Save, SaveError> {
        let text = String::from_utf8(bytes)
            .map_err(|_| SaveError::Corrupt { path: path.into(), detail: "it is not UTF-8 text".into() })?;
        if text.trim().is_empty() {
            return Err(SaveError::Corrupt { path: path.into(), detail: "the file is empty".into() });
        }
        let save: Save = toml::from_str(&text).map_err(|e| {
            let where_ = e.span().map(|s| {
                let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
                format!(" (line {line})")
            });
            SaveError::Corrupt {
                path: path.into(),
                detail: format!("{}{}", e.message().trim(), where_.unwrap_or_default()),
            }
        })?;
        if save.format > SAVE_FORMAT {
            return Err(SaveError::Newer { path: path.into(), found: save.format });
        }
        Ok(save)
    }

    /// Rebuilds the game by replaying the decisions on the installed packs, and refuses a
    /// replay that does not reach the state the save recorded.
    pub fn restore(&self, lib: &Library, path: &Path) -> Result<(Game, Built), SaveError> {
        let (g, built) = self.replay(lib)?;
        let state = fingerprint(&g);
        if g.turn() != self.turn || state != self.state {
            return Err(SaveError::Diverges {
                path: path.into(),
                turn: g.turn(),
                state,
                saved_turn: self.turn,
                saved_state: self.state.clone(),
            });
        }
        Ok((g, built))
    }

    /// Rebuilds the game by replaying the decisions, wherever the replay leads (`--force`).
    pub fn replay(&self, lib: &Library) -> Result<(Game, Built), SaveError> {
        let (built, _) = lib.build(&self.scenario);
        let built = built.ok_or_else(|| SaveError::Scenario(self.scenario.clone()))?;
        for p in &self.packs {
            match built.packs.iter().find(|b| b.id == p.id) {
                None => return Err(SaveError::MissingPack { id: p.id.clone(), version: p.version.clone() }),
                Some(b) if b.hash != p.hash || b.version != p.version => {
                    return Err(SaveError::PackChanged {
                        id: p.id.clone(),
                        saved: format!("{} #{}", p.version, &p.hash[..p.hash.len().min(12)]),
                        installed: format!("{} #{}", b.version, &b.hash[..b.hash.len().min(12)]),
                    });
                }
                Some(_) => {}
            }
        }
        let sc = built.scenario.clone();
        let role = sc.role_ix(&self.role).ok_or_else(|| SaveError::Role(self.role.clone()))?;
        let difficulty = match &self.difficulty {
            Some(d) => {
                Some(sc.difficulties.iter().position(|x| &x.id == d).ok_or_else(|| SaveError::Difficulty(d.clone()))?
                    as u16)
            }
            None => None,
        };
        let mut g = Game::new(sc.clone(), Setup { role, seed: self.seed, difficulty, record: true });
        for seat in &self.seats {
            let bad = || SaveError::Seat(seat.role.clone(), seat.week);
            let r = sc.role_ix(&seat.role).ok_or_else(bad)?;
            if !g.change_seat(seat.week, r) {
                return Err(bad());
            }
        }
        if let Some(l) = &self.lesson {
            g.stop_after(l.last_week);
        }
        for (i, text) in self.decisions.iter().enumerate() {
            let err = |reason: String| SaveError::Decision { index: i + 1, text: text.clone(), reason };
            let d = decode(&g, text).map_err(err)?;
            g.apply(d).map_err(|e| err(e.to_string()))?;
        }
        Ok((g, built))
    }

    /// Writes atomically: a temporary file in the same folder, fsync, rename. The previous
    /// save is kept beside it as `<name>.bak`, unless it was damaged (so a good backup is
    /// never replaced by a torn save). Whatever is at `path` must be a save already.
    pub fn write(&self, path: &Path) -> Result<(), SaveError> {
        let bak = backup_path(path);
        let looks_like_save = |old: &[u8]| Save::parse(path, old.to_vec()).is_ok();
        files::write_atomic(path, self.to_toml().as_bytes(), Some(&bak), looks_like_save)
            .map_err(|error| SaveError::Write { path: path.into(), error })
    }
}

/// Checks, before a game starts, that it may save at `path`: the folder exists (the default
/// folder is created), nothing but a regular file is there, and a file that is there is a
/// save (a damaged one with a good backup counts), so no other file is ever overwritten.
/// Temporary files a killed game left beside it are removed.
pub fn claim(path: &Path, default_folder: bool) -> Result<(), SaveError> {
    files::check_target(path, default_folder).map_err(|error| SaveError::Write { path: path.into(), error })?;
    files::clean_temps(&files::folder_of(path), default_folder);
    if files::is_regular(path) {
        let ours = match Save::read(path) {
            Ok(_) => true,
            Err(SaveError::Corrupt { detail, .. }) if detail == "the file is empty" => true,
            Err(e) if e.is_damage() => Save::read(&backup_path(path)).is_ok(),
            Err(_) => false,
        };
        if !ours {
            return Err(SaveError::NotASave { path: path.into() });
        }
    }
    Ok(())
}

/// The backup kept beside a save.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// The folder of autosaves, in the platform's data directory.
pub fn saves_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "goodfaith").map(|d| d.data_dir().join("saves"))
}

/// Where a new game saves when no `--save` is given: a file of its own in the data folder,
/// named by scenario, chair, the day it started and a short id, so one game never replaces
/// another's save.
pub fn default_path(scenario: &str, role: &str) -> Option<PathBuf> {
    let dir = saves_dir()?;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let day = crate::engine::Date::from_days((now.as_secs() / 86_400) as i64);
    let mut id = (now.as_nanos() as u64) ^ ((std::process::id() as u64) << 20);
    for _ in 0..1000 {
        let name = format!("{scenario}-{role}-{}-{:04x}.toml", day.to_string().replace('-', ""), id & 0xffff);
        let path = dir.join(name);
        if std::fs::symlink_metadata(&path).is_err() {
            return Some(path);
        }
        id = id.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    }
    None
}
