import Foundation
import InfraCore

/// Reading infragen's inputs (settings, serverList.json, Terraform JSON files): every failure is a diagnostic that
/// names the file, and a file that is not UTF-8 is reported at the first bad byte. Writing goes through
/// `OutputTransaction` and `ReportFile`.
struct ProjectFiles {
    /// The folder relative paths are resolved from: the project root for settings, the working directory for
    /// `--tf-json` and `--output`.
    let root: URL
    /// Where a missing file's hint sends the user.
    var missingHint =
        "run infragen inside the project (it looks upward for Package.swift and stacks/), or pass --project"

    /// Input files larger than this are refused rather than read into memory (a settings file is a few KiB).
    static let inputSizeLimit = 256 * 1024 * 1024

    init(root: String) {
        self.root = URL(fileURLWithPath: root, isDirectory: true)
    }

    /// The text of a file, or a diagnostic naming it (`IO001`, `IO002`).
    func read(_ path: String) -> Result<String, Diagnostic> {
        readUTF8(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of a file, checked to be UTF-8, or a diagnostic naming it (`IO001`, `IO002`): for a large input
    /// that is read as bytes, which are not copied into a `String`.
    func readUTF8(_ path: String) -> Result<[UInt8], Diagnostic> {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(resolve(path).path, limit: Self.inputSizeLimit)
        } catch {
            return .failure(FileDiagnostics.unreadable(path, error, hint: missingHint))
        }
        return Self.checkedUTF8(bytes, shown: path)
    }

    /// Standard input (`lint --tf-json -`), checked to be UTF-8, or a diagnostic naming it as `shown`. A terminal is
    /// refused: `-` typed at a prompt would otherwise wait, silently, for JSON to be typed in.
    func readStandardInputUTF8(shown: String) -> Result<[UInt8], Diagnostic> {
        if FileSystem.standardInputIsTerminal { return .failure(FileDiagnostics.standardInputIsTerminal(shown)) }
        do {
            return Self.checkedUTF8(try FileSystem.readStandardInput(limit: Self.inputSizeLimit), shown: shown)
        } catch {
            return .failure(FileDiagnostics.unreadable(shown, error, hint: ""))
        }
    }

    /// `bytes` if they are UTF-8, else `IO002` at the first byte that is not.
    private static func checkedUTF8(_ bytes: [UInt8], shown: String) -> Result<[UInt8], Diagnostic> {
        // The standard library's validation is the fast path; the byte-by-byte one runs only to locate a problem.
        if !UTF8Validation.isValid(bytes), let problem = UTF8Validation.firstProblem(in: bytes) {
            return .failure(FileDiagnostics.notUTF8(shown, problem))
        }
        return .success(bytes)
    }

    /// The bytes of a file, or `nil` when it does not exist or cannot be read.
    func existingBytes(at path: String) -> [UInt8]? {
        try? FileSystem.readFile(resolve(path).path, limit: Self.inputSizeLimit)
    }

    /// Whether the file at `path` holds exactly `bytes`; a missing or unreadable file does not. Compared with
    /// `memcmp`, as `Array`'s `==` goes element by element.
    func holds(_ bytes: [UInt8], at path: String) -> Bool {
        guard let existing = existingBytes(at: path), existing.count == bytes.count else { return false }
        return existing.withUnsafeBytes { old in
            bytes.withUnsafeBytes { new in
                guard let oldStart = old.baseAddress, let newStart = new.baseAddress else { return true }
                return memcmp(oldStart, newStart, old.count) == 0
            }
        }
    }

    /// A path relative to `root`, or an absolute one as given.
    func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
    }

    static func todayUTC() -> CalendarDate {
        let seconds = Int(Date().timeIntervalSince1970.rounded(.down))
        // Floor division, so that a second before the epoch is on 1969-12-31.
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return CalendarDate(daysSinceEpoch: days)
    }
}
