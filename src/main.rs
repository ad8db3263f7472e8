//! The `ddlcodegen` command; everything lives in the library's `cli` module.
//! The binary also chooses the allocator: mimalloc, tuned for a run that
//! frees each stage's memory as the next one fills it.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc.h's `mi_option_e` (retired options
/// keep their places, so the index holds across releases); libmimalloc-sys
/// names no constant for it.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Milliseconds before freed memory goes back to the system. mimalloc's
/// default, 1 s, outlasts a whole run: each stage's memory would stay held
/// while the next stages fill more (80 MB instead of 55 at 5,000 tables).
const PURGE_DELAY_MS: std::os::raw::c_long = 10;

fn main() {
    // A user's MIMALLOC_PURGE_DELAY wins, as mimalloc's other settings do.
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: mi_option_set is not thread safe: no other thread exists yet.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
    std::process::exit(ddlcodegen::cli::main());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_option_set_is_the_purge_delay() {
        // Its documented default (1000 ms) sets it apart from its neighbours
        // (a retired commit delay of 1, the NUMA node count of 0).
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            // SAFETY: reading an option races with nothing: no test sets one.
            assert_eq!(
                unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) },
                1000
            );
        }
    }
}
