import Foundation

/// Asks the file system to spread the folders made inside a folder over its
/// disk (ext2/3/4's "top of a hierarchy" attribute, `chattr +T`), for the
/// output's folders that hold page folders.
///
/// Why: ext4 without a journal will not reuse an inode freed in the last
/// 30 seconds, and finds a free one by walking the block group from its
/// start, looking at each recently freed inode in turn. After `rm -rf` of
/// the previous output (the way a clean build is started), every file made
/// in the same group walks past all the inodes just freed: creating n files
/// costs n² steps, and a profile of a clean 1,000-article build put a third
/// of its time there. Folders marked so are placed in groups of their own,
/// away from the freed inodes. File systems without the attribute refuse
/// it, which changes nothing.
///
/// A folder is placed by the hash of its name, so a folder made again under
/// the same name lands where the deleted one was; one that will hold many
/// files is therefore made under a name of its own and renamed.
enum FolderSpread {
    /// How many files make a folder worth placing away from its old place.
    static let crowd = 16

    /// `FS_IOC_GETFLAGS`, `FS_IOC_SETFLAGS` (linux/fs.h, 64-bit) and `FS_TOPDIR_FL`.
    private static let getFlags: UInt = 0x8008_6601
    private static let setFlags: UInt = 0x4008_6602
    private static let topOfHierarchy: Int = 0x0002_0000

    static func mark(_ folder: String) {
        #if os(Linux)
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var flags = 0
        guard ioctl(fd, getFlags, &flags) == 0, flags & topOfHierarchy == 0 else { return }
        flags |= topOfHierarchy
        _ = ioctl(fd, setFlags, &flags)
        #endif
    }

    /// Makes `folder` under a passing name, then renames it; false (with
    /// `errno` set) when it could not be made.
    static func makeAway(_ folder: String) -> Bool {
        // A later batch: the folder is there already.
        if access(folder, F_OK) == 0 {
            errno = EEXIST
            return false
        }
        let passing = folder + ".versus-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        guard mkdir(passing, 0o755) == 0 else { return false }
        guard rename(passing, folder) == 0 else {
            let failure = errno
            rmdir(passing)
            errno = failure
            return false
        }
        return true
    }
}
