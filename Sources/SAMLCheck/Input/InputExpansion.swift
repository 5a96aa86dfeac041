#if canImport(Glibc)
import Glibc
#endif

/// Turns the paths of a run into inputs: a directory becomes every file under it whose name ends
/// in `.xml` (recursively, sorted, symbolic links to directories not followed), or those that
/// `include` globs select; `exclude` globs drop files. Globs match the path below the directory
/// (`partners/*.xml`) or the file name alone, with fnmatch(3) rules. Files, URLs and `-` pass
/// through as given.
public enum InputExpansion {
    /// A directory given as input holds nothing to check: the run cannot do what it was asked.
    public struct EmptyDirectory: Error, Sendable, CustomStringConvertible {
        /// The directory, as given.
        public let directory: String
        /// One line naming the directory.
        public var description: String { "\(directory) holds no metadata files to check (*.xml, or what --include selects)" }
    }

    /// The inputs `arguments` stand for, directories expanded; throws ``EmptyDirectory`` for a
    /// directory with nothing selected in it.
    public static func expand(_ arguments: [String], include: [String] = [], exclude: [String] = []) throws -> [MetadataInput] {
        var inputs: [MetadataInput] = []
        for argument in arguments {
            var status = stat()
            guard argument != "-", !argument.contains("://"), stat(argument, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
                inputs.append(MetadataInput(argument: argument))
                continue
            }
            let root = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
            let files = walk(root, relative: "").filter { relative in
                let name = relative.split(separator: "/").last.map(String.init) ?? relative
                let included = include.isEmpty ? name.lowercased().hasSuffix(".xml") : include.contains { matches($0, relative, name) }
                return included && !exclude.contains { matches($0, relative, name) }
            }
            guard !files.isEmpty else { throw EmptyDirectory(directory: argument) }
            inputs += files.map { .file(root + "/" + $0) }
        }
        return inputs
    }

    private static func matches(_ pattern: String, _ relative: String, _ name: String) -> Bool {
        fnmatch(pattern, relative, 0) == 0 || fnmatch(pattern, name, 0) == 0
    }

    /// Regular files under `directory`, as paths relative to the walk's root, sorted.
    private static func walk(_ root: String, relative: String) -> [String] {
        let path = relative.isEmpty ? root : root + "/" + relative
        guard let handle = opendir(path) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            names.append(name)
        }
        var files: [String] = []
        for name in names.sorted() {
            let child = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            // lstat: a link to a directory is not followed (no loops); a link to a file is read.
            guard lstat(root + "/" + child, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: files += walk(root, relative: child)
            case S_IFREG: files.append(child)
            case S_IFLNK:
                var target = stat()
                if stat(root + "/" + child, &target) == 0, (target.st_mode & S_IFMT) == S_IFREG { files.append(child) }
            default: continue
            }
        }
        return files
    }
}
