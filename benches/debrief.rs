//! The debrief of a finished Nine Months game, roads not taken included, on one core (the
//! aim: under 2 s), and its three renderings alone.

use criterion::{Criterion, criterion_group, criterion_main};
use goodfaith::content::Library;
use goodfaith::debrief::{Debrief, html, json, markdown, roads};
use goodfaith::engine::rng::GameRng;
use goodfaith::engine::{Game, Setup};
use goodfaith::i18n::Texts;
use goodfaith::simulate::{Policy, play_on};
use std::path::PathBuf;
use std::time::Duration;

fn bench(c: &mut Criterion) {
    let lib = Library::load(&[PathBuf::from("content")]);
    let (built, _) = lib.build("nine-months");
    let built = built.expect("Nine Months builds");
    let sc = built.scenario.clone();
    let role = sc.role_ix("secretary_of_state").expect("the Secretary's chair");
    let mut g = Game::new(sc.clone(), Setup { role, seed: 7, difficulty: sc.default_difficulty, record: true });
    play_on(&mut g, Policy::Random, &mut GameRng::new(7));
    let t = Texts::new("en-US", &built.texts);
    let one_core = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a thread");
    let mut group = c.benchmark_group("debrief/nine-months");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function("whole debrief on one core", |b| {
        b.iter(|| {
            // The roads on the one thread; the words (which are not shared between threads) here.
            let found = one_core.install(|| roads::find(&g));
            Debrief::build(&g, &t, Some(&found)).timeline.len()
        })
    });
    let found = one_core.install(|| roads::find(&g));
    group.bench_function("without roads not taken", |b| b.iter(|| Debrief::build(&g, &t, Some(&found)).timeline.len()));
    let d = Debrief::build(&g, &t, Some(&found));
    group.bench_function("render html, markdown and json", |b| {
        b.iter(|| html::render(&d, &t).len() + markdown::render(&d, &t).len() + json::render(&d).len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
