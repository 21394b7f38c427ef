//! Where the projector and the presenter view meet: a Unix socket in a directory only this user
//! can enter (`$XDG_RUNTIME_DIR/yijian/`, or `yijian-UID` in the temporary directory), and a
//! check that whoever is on the other end runs as this user.

use std::fs;
use std::io;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};

/// The socket's file name in the private directory.
const NAME: &str = "present.sock";

/// A socket path longer than this does not fit `sockaddr_un` on macOS (104 bytes with the NUL).
const MAX_PATH: usize = 103;

fn uid() -> u32 {
    // SAFETY: getuid has no preconditions and cannot fail.
    unsafe { libc::getuid() }
}

/// A directory is private when it is a real directory (not a link), this user's, mode 0700.
fn private(dir: &Path) -> bool {
    fs::symlink_metadata(dir)
        .is_ok_and(|m| m.is_dir() && m.uid() == uid() && m.permissions().mode() & 0o077 == 0)
}

/// Makes `dir` (mode 0700) if missing; errors when it exists but is not private.
fn make_private(dir: &Path) -> io::Result<()> {
    match fs::DirBuilder::new().mode(0o700).create(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    if private(dir) {
        Ok(())
    } else {
        Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            format!(
                "{} is not a directory of this user's with mode 0700",
                dir.display()
            ),
        ))
    }
}

/// The socket's path, its private directory made if needed. `runtime` is `$XDG_RUNTIME_DIR`,
/// used only when it is private as the specification requires.
pub fn path(runtime: Option<&str>) -> io::Result<PathBuf> {
    let base = match runtime.map(PathBuf::from) {
        Some(r) if r.is_absolute() && private(&r) => r.join("yijian"),
        _ => std::env::temp_dir().join(format!("yijian-{}", uid())),
    };
    make_private(&base)?;
    let path = base.join(NAME);
    if path.as_os_str().len() > MAX_PATH {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("socket path too long: {}", path.display()),
        ));
    }
    Ok(path)
}

/// The user id of the process at the other end of `stream`.
#[cfg(any(target_os = "linux", target_os = "android"))]
pub fn peer_uid(stream: &UnixStream) -> io::Result<u32> {
    use std::os::fd::AsRawFd;
    let mut cred = libc::ucred {
        pid: 0,
        uid: 0,
        gid: 0,
    };
    let mut len = std::mem::size_of::<libc::ucred>() as libc::socklen_t;
    // SAFETY: `cred` and `len` are valid for writes and `len` is the size of `cred`.
    let r = unsafe {
        libc::getsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_PEERCRED,
            (&mut cred as *mut libc::ucred).cast(),
            &mut len,
        )
    };
    if r == 0 {
        Ok(cred.uid)
    } else {
        Err(io::Error::last_os_error())
    }
}

/// The user id of the process at the other end of `stream`.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
pub fn peer_uid(stream: &UnixStream) -> io::Result<u32> {
    use std::os::fd::AsRawFd;
    let (mut uid, mut gid) = (0, 0);
    // SAFETY: both pointers are valid for writes.
    let r = unsafe { libc::getpeereid(stream.as_raw_fd(), &mut uid, &mut gid) };
    if r == 0 {
        Ok(uid)
    } else {
        Err(io::Error::last_os_error())
    }
}

/// True when the other end runs as this user.
pub fn same_user(stream: &UnixStream) -> bool {
    peer_uid(stream).is_ok_and(|u| u == uid())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_runtime_dir_open_to_others_is_not_used() {
        let dir = tempfile::tempdir().unwrap();
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
        let p = path(dir.path().to_str()).unwrap();
        assert!(!p.starts_with(dir.path()), "{}", p.display());
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).unwrap();
        let p = path(dir.path().to_str()).unwrap();
        assert_eq!(p, dir.path().join("yijian").join(NAME));
        let m = fs::metadata(dir.path().join("yijian")).unwrap();
        assert_eq!(m.permissions().mode() & 0o777, 0o700);
    }

    #[test]
    fn the_peer_of_a_socket_pair_is_this_user() {
        let (a, _b) = UnixStream::pair().unwrap();
        assert!(same_user(&a));
    }
}
