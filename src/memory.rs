//! The memory allocator, and how it is set up.
//!
//! Two allocators, one at a time. A process starts on the system's (glibc's): the embedded
//! document and small files make a few thousand allocations, which glibc packs into few pages,
//! and a one-shot command such as `yijian export` ends before mimalloc would have paid for
//! setting itself up (0.15 ms of a 1.5 ms process, most of it a first touch of a page for each
//! size of allocation). Before a large library is loaded, [`for_large_library`] switches new
//! allocations to mimalloc: a large library is hundreds of thousands of small strings, allocated
//! while the parser's buffers come and go, and glibc's heap keeps the holes those leave between
//! live strings (a 100k-node library held 186 MB after indexing on glibc, 140 MB on mimalloc).
//! A block goes back to the allocator that made it, told by its address (mimalloc knows its own).
//!
//! mimalloc is built without transparent huge pages (`no_thp`): a 2 MiB page is resident whole
//! when a few bytes of it are used, which cost a 100k-node library 11 MB at its peak. Its version 2
//! (the crate's `v2` feature) rather than 3: it touches fewer pages when it starts.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, Ordering};

use libmimalloc_sys as sys;
use mimalloc::MiMalloc;

#[global_allocator]
static ALLOCATOR: Allocator = Allocator;

/// Whether new blocks come from mimalloc ([`for_large_library`] sets it, once).
static LARGE: AtomicBool = AtomicBool::new(false);

/// `mi_option_purge_delay` in mimalloc's `mimalloc.h` (the same in its versions 2 and 3; the
/// Rust bindings do not name it).
const PURGE_DELAY: sys::mi_option_t = 15;

/// From this size on, a policy file is a large library ([`for_large_library`]).
pub const LARGE_FILE: u64 = 1 << 20;

/// Switches the process to mimalloc for a library that is loaded once and then kept, with memory
/// the loader frees (the file's text, the parser's buffers, the raw tree) going back to the
/// system at once, not a second later, so that the search index built next does not stack on
/// top of it (a 100k-node library peaked at 170 MB with the delay, 133 MB without). Call before
/// the program starts any thread.
pub fn for_large_library() {
    // SAFETY: mi_option_set stores a value that mimalloc reads when it next frees pages. It is
    // not thread-safe, which is why it is called before the program starts any thread.
    unsafe { sys::mi_option_set(PURGE_DELAY, 0) };
    LARGE.store(true, Ordering::Release);
}

struct Allocator;

/// Whether `ptr` is a block mimalloc made (false for glibc's, and before mimalloc has started).
fn from_mimalloc(ptr: *mut u8) -> bool {
    // SAFETY: mi_is_in_heap_region only compares the address with mimalloc's own regions.
    unsafe { sys::mi_is_in_heap_region(ptr.cast()) }
}

// SAFETY: every block is made by one of two allocators that uphold GlobalAlloc's contract, and is
// given back (freed or grown) to the same one: mimalloc's blocks are told apart by address, and
// every other block is the system allocator's.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's layout is passed on as it is.
        unsafe {
            if LARGE.load(Ordering::Relaxed) {
                MiMalloc.alloc(layout)
            } else {
                System.alloc(layout)
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        unsafe {
            if LARGE.load(Ordering::Relaxed) {
                MiMalloc.alloc_zeroed(layout)
            } else {
                System.alloc_zeroed(layout)
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was made by the allocator it is given back to, with this layout.
        unsafe {
            if from_mimalloc(ptr) {
                MiMalloc.dealloc(ptr, layout)
            } else {
                System.dealloc(ptr, layout)
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `dealloc`; a block grows within the allocator that made it.
        unsafe {
            if from_mimalloc(ptr) {
                MiMalloc.realloc(ptr, layout, new_size)
            } else {
                System.realloc(ptr, layout, new_size)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_go_back_to_the_allocator_that_made_them() {
        // Made by the system allocator (the tests never switch), grown and freed after mimalloc
        // has made blocks of its own.
        let early: Vec<String> = (0..100).map(|i| "早".repeat(i)).collect();
        // SAFETY: a block made by mimalloc directly, freed by it below.
        let theirs = unsafe { MiMalloc.alloc(Layout::from_size_align(64, 8).unwrap()) };
        assert!(from_mimalloc(theirs));
        assert!(
            early
                .iter()
                .filter(|s| !s.is_empty())
                .all(|s| !from_mimalloc(s.as_ptr().cast_mut()))
        );
        let mut grown = early;
        grown.iter_mut().for_each(|s| s.push('长'));
        assert_eq!(grown[99].chars().count(), 100);
        drop(grown);
        // SAFETY: made above by mimalloc with this layout.
        unsafe { MiMalloc.dealloc(theirs, Layout::from_size_align(64, 8).unwrap()) };
    }
}
