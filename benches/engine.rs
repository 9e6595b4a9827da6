//! The engine's speed: one turn, and whole games per second under each policy (the
//! simulator's throughput: random, greedy and the expert's search).

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use goodfaith::content::Library;
use goodfaith::engine::{Decision, Game, Setup};
use goodfaith::simulate::{Policy, play_one};
use std::path::PathBuf;

fn bench(c: &mut Criterion) {
    let lib = Library::load(&[PathBuf::from("content")]);
    for info in lib.scenarios() {
        let (built, _) = lib.build(&info.id);
        let sc = built.expect("shipped scenarios build").scenario;
        let setup = Setup { role: 0, seed: 7, difficulty: sc.default_difficulty, record: false };
        let game = Game::new(sc.clone(), setup);
        c.bench_function(&format!("turn/{}", info.id), |b| {
            b.iter_batched(|| game.clone(), |mut g| g.apply(Decision::EndTurn).map(|r| r.len()), BatchSize::SmallInput)
        });
        let mut group = c.benchmark_group(format!("simulate/{}", info.id));
        group.throughput(Throughput::Elements(1));
        let mut seed = 0u64;
        group.bench_function("random game", |b| {
            b.iter(|| {
                seed += 1;
                play_one(&sc, Setup { seed, ..setup }, Policy::Random).turn()
            })
        });
        group.finish();
        // Greedy and expert games take far longer: fewer samples, each a whole game.
        let mut group = c.benchmark_group(format!("simulate/{}", info.id));
        group.throughput(Throughput::Elements(1));
        group.sample_size(10);
        for (name, policy) in [("greedy game", Policy::Greedy), ("expert game", Policy::Expert)] {
            group.bench_function(name, |b| {
                b.iter(|| {
                    seed += 1;
                    play_one(&sc, Setup { seed, ..setup }, policy).turn()
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
