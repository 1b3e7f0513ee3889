//! Work spread over the cores: one worker thread per core (at most one per job) takes the next
//! job in turn, and the results are handed on in the jobs' order, whatever order they finished in.

use std::sync::atomic::{AtomicUsize, Ordering};

/// How many workers for `jobs` jobs: one per core (or `PDPDESK_WORKERS`, for benchmarks), at
/// most one per job, at least one.
pub fn workers(jobs: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::env::var("PDPDESK_WORKERS")
        .ok()
        .and_then(|w| w.parse::<usize>().ok())
        .unwrap_or(cores)
        .min(jobs)
        .max(1)
}

/// Runs `work` on every job, spread over [`workers`] threads, and hands each result to `take` on
/// the calling thread in the jobs' order as soon as the ones before it are in: only results
/// that finished ahead of their turn wait in memory. A panic in a worker is raised again on the
/// calling thread.
pub fn each_in_order<J: Sync, R: Send>(
    jobs: &[J],
    work: impl Fn(&J) -> R + Sync,
    mut take: impl FnMut(R),
) {
    let count = workers(jobs.len());
    if count == 1 {
        jobs.iter().map(work).for_each(take);
        return;
    }
    let next = AtomicUsize::new(0);
    let (next, work) = (&next, &work);
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::channel::<(usize, R)>();
        let handles: Vec<_> = (0..count)
            .map(|_| {
                let tx = tx.clone();
                scope.spawn(move || loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(i) else {
                        return;
                    };
                    if tx.send((i, work(job))).is_err() {
                        return;
                    }
                })
            })
            .collect();
        drop(tx);
        let mut early = std::collections::BTreeMap::new();
        let mut due = 0;
        // Ends when every worker has stopped (a panicking one drops its sender too).
        for (i, r) in rx {
            early.insert(i, r);
            while let Some(r) = early.remove(&due) {
                take(r);
                due += 1;
            }
        }
        for h in handles {
            h.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every result, in the order `take` was handed them.
    fn in_order<J: Sync, R: Send>(jobs: &[J], work: impl Fn(&J) -> R + Sync) -> Vec<R> {
        let mut out = Vec::new();
        each_in_order(jobs, work, |r| out.push(r));
        out
    }

    #[test]
    fn results_come_back_in_the_jobs_order_whatever_finishes_first() {
        let jobs: Vec<u64> = (0..40).collect();
        let out = in_order(&jobs, |&n| {
            // The early jobs take longest, so they finish last.
            std::thread::sleep(std::time::Duration::from_millis(40 - n));
            n * 10
        });
        assert_eq!(
            out,
            (0..40).map(|n| n * 10).collect::<Vec<_>>(),
            "each result in its job's place"
        );
        assert!(
            in_order(&[] as &[u8], |_| 1).is_empty(),
            "no jobs, no results"
        );
    }

    #[test]
    fn the_jobs_run_at_the_same_time_one_per_core() {
        // Each job waits (up to 2 s) until every worker has a job: run one after another, the
        // first would wait in vain.
        let started = AtomicUsize::new(0);
        let jobs: Vec<usize> = (0..workers(usize::MAX)).collect();
        let together = in_order(&jobs, |_| {
            started.fetch_add(1, Ordering::SeqCst);
            let until = std::time::Instant::now() + std::time::Duration::from_secs(2);
            while started.load(Ordering::SeqCst) < jobs.len() && std::time::Instant::now() < until {
                std::thread::yield_now();
            }
            started.load(Ordering::SeqCst) == jobs.len()
        });
        assert!(
            together.iter().all(|&t| t),
            "every worker held a job at once: {together:?}"
        );
    }
}
