//! The memory allocator, and how it is set up.
//!
//! mimalloc instead of the system allocator: a large library is hundreds of thousands of small
//! strings, allocated while the parser's buffers come and go. glibc's heap keeps the holes those
//! leave between live strings (a third of a 100k-node library's resident memory after loading);
//! mimalloc keeps each size class in pages of its own and hands emptied pages back to the system.
//! It is also quicker at the many small allocations of loading and searching. Built without
//! transparent huge pages (`no_thp`): a 2 MiB page is resident whole when a few bytes of it are
//! used, which cost a 100k-node library 11 MB at its peak. mimalloc's version 2 (the crate's
//! `v2` feature) rather than 3: it touches fewer pages when a process starts (267 page faults
//! for `yijian export` against 288), for the same resident memory with a 100k-node library.

use libmimalloc_sys as sys;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc's `mimalloc.h` (the same in its versions 2 and 3; the
/// Rust bindings do not name it).
const PURGE_DELAY: sys::mi_option_t = 15;

/// Sets the allocator up for a program that loads a library once and then keeps it: memory the
/// loader frees (the file's text, the parser's buffers, the raw tree) goes back to the system at
/// once, not a second later, so that the search index built next does not stack on top of it
/// (a 100k-node library peaked at 170 MB with the delay, 133 MB without). Call first thing in
/// `main`, before any thread starts.
pub fn tune() {
    // SAFETY: mi_option_set stores a value that mimalloc reads when it next frees pages. It is
    // not thread-safe, which is why it is called before the program starts any thread.
    unsafe { sys::mi_option_set(PURGE_DELAY, 0) };
}
