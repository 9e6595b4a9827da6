//! Watching the packs' folders for `play --watch`: file events from the operating system
//! (the `notify` crate), gathered until the files have been quiet for a moment (editors
//! write a file in several steps: a temporary file, a rename, a change of mode), then sent
//! to the game loop as one batch of changed paths, with a wake-up so the loop, asleep until
//! its next key, acts at once.
//!
//! Only changes count: a file opened or read is not one (reading the packs again opens
//! every file, which would otherwise start the next reload, and so on without end).

use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher as _};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

/// How long the files must stay quiet before a change is acted on.
pub const QUIET: Duration = Duration::from_millis(200);

/// Folders being watched; dropping it stops the watching.
pub struct Watcher {
    _watcher: RecommendedWatcher,
    /// Each batch of paths that changed together.
    pub changes: mpsc::Receiver<Vec<PathBuf>>,
}

/// Whether an event changes a file (not an access: an open, a read, a close after reading).
fn changes(e: &Event) -> bool {
    !matches!(e.kind, EventKind::Access(_) | EventKind::Other)
}

/// Watches `folders` and everything under them; `wake` is called after each batch is sent.
pub fn start(folders: &[PathBuf], wake: impl Fn() + Send + 'static) -> notify::Result<Watcher> {
    let (raw_tx, raw) = mpsc::channel::<Vec<PathBuf>>();
    let mut watcher = notify::recommended_watcher(move |result: notify::Result<Event>| {
        // An error from the operating system's watcher (too many files watched, a folder
        // removed) is not a change; the next one still comes.
        if let Ok(e) = result
            && changes(&e)
        {
            let _ = raw_tx.send(e.paths);
        }
    })?;
    for f in folders {
        watcher.watch(f, RecursiveMode::Recursive)?;
    }
    let (tx, changes) = mpsc::channel();
    std::thread::spawn(move || {
        // The first change of a batch, then every change until a quiet moment.
        while let Ok(first) = raw.recv() {
            let mut batch = first;
            while let Ok(more) = raw.recv_timeout(QUIET) {
                batch.extend(more);
            }
            batch.sort();
            batch.dedup();
            if tx.send(batch).is_err() {
                break;
            }
            wake();
        }
    });
    Ok(Watcher { _watcher: watcher, changes })
}
