//! Work handed out to several threads, its results taken back in order.
//!
//! Statements parse independently of each other, but the catalog must
//! apply them in script order. A producer thread cuts the script and deals
//! the pieces out in chunks, chunk k to worker k % workers; each worker
//! parses its chunks in order and hands them back over a channel of its
//! own; reading those channels in turn gives the chunks in the order they
//! were dealt. Bounded channels keep every thread at most a few chunks ahead
//! of the reader, so a long dump is never held as pieces or ASTs all at once.

use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::time::{Duration, Instant};

use super::PARSER_STACK_BYTES;

/// Run `produce` with a `deal` that hands each item to `work` and its
/// result to `take`, in the order dealt. With `workers` of 2 or more,
/// `produce` runs on a thread of its own and `work` on `workers` threads
/// while `take` runs on this one; with fewer, all of it runs here.
/// Returns what `produce` returned.
pub fn in_order<T, R, P>(
    workers: usize,
    produce: impl FnOnce(&mut dyn FnMut(T)) -> P + Send,
    work: impl Fn(T) -> R + Sync,
    mut take: impl FnMut(R),
) -> P
where
    T: Send,
    R: Send,
    P: Send,
{
    if workers < 2 {
        return produce(&mut |item| take(work(item)));
    }
    std::thread::scope(|scope| {
        let work = &work;
        let mut to_workers: Vec<SyncSender<T>> = Vec::new();
        let mut from_workers: Vec<Receiver<R>> = Vec::new();
        for _ in 0..workers {
            let (to_worker, items) = sync_channel::<T>(2);
            let (results, from_worker) = sync_channel::<R>(1);
            to_workers.push(to_worker);
            from_workers.push(from_worker);
            std::thread::Builder::new()
                .name(String::from("ddlcodegen-parse"))
                .stack_size(PARSER_STACK_BYTES)
                .spawn_scoped(scope, move || {
                    for item in items {
                        if results.send(work(item)).is_err() {
                            return;
                        }
                    }
                })
                .expect("cannot start a thread to parse statements");
        }
        let producer = std::thread::Builder::new()
            .name(String::from("ddlcodegen-split"))
            .spawn_scoped(scope, move || {
                let mut dealt = 0usize;
                produce(&mut |item| {
                    // A worker gone (a panic) ends the scope with its panic.
                    let _ = to_workers[dealt % workers].send(item);
                    dealt += 1;
                })
            })
            .expect("cannot start a thread to cut statements");
        // Item k comes from worker k % workers; the first worker with
        // nothing more marks the end.
        for k in 0.. {
            match from_workers[k % workers].recv() {
                Ok(result) => take(result),
                Err(_) => break,
            }
        }
        // Should a worker have stopped early (a panic, which the scope then
        // raises), the others must not wait on a reader that is gone.
        drop(from_workers);
        producer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// Pieces gathered into the chunks [`in_order`] deals: a hand-over costs
/// more than a short piece (a dump's row) takes to parse, so pieces go many
/// to a chunk.
pub struct Chunker<P> {
    chunk: Vec<P>,
    bytes: usize,
    /// Handed out piece by piece: with no thread to hand over to, each
    /// statement is parsed and applied before the next is cut, and no more
    /// than one statement's tree is held at a time (64 of them held 2 MiB
    /// more at 100 tables).
    alone: bool,
}

/// Pieces parsed together by one thread between two hand-overs...
const PIECES_PER_CHUNK: usize = 64;

/// ... unless they hold less text than this together...
const CHUNK_TEXT_BYTES: usize = 16 << 10;

/// ... and never more than this (a dump's extended INSERTs, tens of kB
/// each): what is in flight between the threads stays a few chunks of text,
/// and so does the number of windows of a stream held for them.
const CHUNK_MOST_BYTES: usize = 256 << 10;

impl<P> Chunker<P> {
    /// Chunks for [`in_order`] on `workers` threads.
    pub fn new(workers: usize) -> Chunker<P> {
        let mut chunker = Chunker {
            chunk: Vec::new(),
            bytes: 0,
            alone: workers < 2,
        };
        chunker.chunk = Vec::with_capacity(chunker.capacity());
        chunker
    }

    /// The pieces a chunk holds at most, but for long ones.
    fn capacity(&self) -> usize {
        match self.alone {
            true => 1,
            false => PIECES_PER_CHUNK,
        }
    }

    /// Add a piece of `len` bytes; the chunk, once full.
    pub fn push(&mut self, piece: P, len: usize) -> Option<Vec<P>> {
        self.chunk.push(piece);
        self.bytes += len;
        let pieces = self.chunk.len();
        let full = self.alone
            || (pieces >= PIECES_PER_CHUNK
                && (self.bytes >= CHUNK_TEXT_BYTES || pieces >= 16 * PIECES_PER_CHUNK))
            || self.bytes >= CHUNK_MOST_BYTES;
        full.then(|| self.take())
    }

    /// The pieces not yet handed out, if any.
    pub fn rest(&mut self) -> Option<Vec<P>> {
        (!self.chunk.is_empty()).then(|| self.take())
    }

    fn take(&mut self) -> Vec<P> {
        self.bytes = 0;
        let chunk = Vec::with_capacity(self.capacity());
        std::mem::replace(&mut self.chunk, chunk)
    }
}

/// `deal`, counting the time it takes in `waiting`: a producer waiting for
/// a worker to take its chunk is not cutting.
pub fn timed<'d, T>(deal: &'d mut dyn FnMut(T), waiting: &'d mut Duration) -> impl FnMut(T) + 'd {
    move |item| {
        let started = Instant::now();
        deal(item);
        *waiting += started.elapsed();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_the_order_dealt_on_any_number_of_threads() {
        for workers in [1, 2, 3, 4] {
            let mut taken = Vec::new();
            let produced = in_order(
                workers,
                |deal| {
                    for i in 0..10_000u64 {
                        deal(i);
                    }
                    "done"
                },
                // Uneven work, so that the workers finish out of turn.
                |i| (0..i % 97).fold(i, |acc, k| acc.wrapping_mul(31).wrapping_add(k)) ^ i,
                |r| taken.push(r),
            );
            assert_eq!(produced, "done");
            let expected: Vec<u64> = (0..10_000u64)
                .map(|i| (0..i % 97).fold(i, |acc, k| acc.wrapping_mul(31).wrapping_add(k)) ^ i)
                .collect();
            assert!(taken == expected, "{workers} workers gave another order");
        }
    }

    #[test]
    fn a_chunk_is_full_at_enough_pieces_holding_enough_text() {
        let mut chunker = Chunker::new(2);
        // Short pieces: 16 chunks' worth of them before the text is enough.
        let short = (1..=2000).find_map(|i| chunker.push(i, 10)).unwrap();
        assert_eq!(short.len(), 16 * PIECES_PER_CHUNK);
        assert_eq!(short[0], 1);
        // Long pieces: a chunk's worth of pieces.
        let long = (1..=2000).find_map(|i| chunker.push(i, 1000)).unwrap();
        assert_eq!(long, (1..=PIECES_PER_CHUNK).collect::<Vec<_>>());
        // Pieces longer still: no more text than that in a chunk.
        let longest = (1..=2000).find_map(|i| chunker.push(i, 40_000)).unwrap();
        assert_eq!(longest.len(), CHUNK_MOST_BYTES.div_ceil(40_000));
        assert_eq!(chunker.rest(), None);
        chunker.push(7, 1);
        assert_eq!(chunker.rest(), Some(vec![7]));
        // With no thread to hand over to, piece by piece.
        let mut alone = Chunker::new(1);
        assert_eq!(alone.push(1, 10), Some(vec![1]));
        assert_eq!(alone.rest(), None);
    }
}
