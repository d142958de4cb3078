/// A deterministic ZIP writer for Lambda deployment packages.
///
/// Entries are stored uncompressed (method 0), sorted by the UTF-8 bytes of their paths, dated 1980-01-01 00:00 and
/// given fixed Unix permissions, so the same files always give the same bytes and the same hash, whatever the machine,
/// the clock or the order of `add` calls. Adding a path twice replaces the earlier contents.
///
/// It writes classic (non-ZIP64) archives: fine for Lambda's 50 MB upload limit, not for archives with more than
/// 65,535 entries or 4 GiB of data.
public struct ZipArchive: Sendable {
    private struct Entry: Sendable {
        var path: [UInt8]
        var contents: [UInt8]
        var executable: Bool
    }

    private var entries: [String: Entry] = [:]

    public init() {}

    /// The paths added so far, in archive order.
    public var paths: [String] {
        sortedEntries.map { String(decoding: $0.path, as: UTF8.self) }
    }

    /// Adds a file; `path` uses `/` separators and no leading `/` (`bootstrap`, `lib/handler.js`).
    public mutating func add(path: String, contents: [UInt8], executable: Bool = false) {
        entries[path] = Entry(path: Array(path.utf8), contents: contents, executable: executable)
    }

    private var sortedEntries: [Entry] {
        entries.values.sorted { $0.path.lexicographicallyPrecedes($1.path) }
    }

    /// The archive: local file headers with data, the central directory and the end-of-central-directory record.
    public func bytes() -> [UInt8] {
        var output: [UInt8] = []
        var central: [UInt8] = []
        let entries = sortedEntries
        output.reserveCapacity(entries.reduce(22) { $0 + 30 + $1.path.count + $1.contents.count })

        for entry in entries {
            let offset = UInt32(truncatingIfNeeded: output.count)
            let crc = CRC32.checksum(entry.contents)
            let size = UInt32(truncatingIfNeeded: entry.contents.count)
            // Bit 11: the name is UTF-8. Only set when it matters, so ASCII archives match common tools.
            let flags: UInt16 = entry.path.allSatisfy { $0 < 0x80 } ? 0 : 1 << 11
            let mode: UInt32 = entry.executable ? 0o100755 : 0o100644

            // Local file header.
            output.append(le32: 0x0403_4B50)
            output.append(le16: Self.versionNeeded)
            output.append(le16: flags)
            output.append(le16: 0)  // method: stored
            output.append(le16: Self.dosTime)
            output.append(le16: Self.dosDate)
            output.append(le32: crc)
            output.append(le32: size)  // compressed size
            output.append(le32: size)  // uncompressed size
            output.append(le16: UInt16(truncatingIfNeeded: entry.path.count))
            output.append(le16: 0)  // extra field length
            output.append(contentsOf: entry.path)
            output.append(contentsOf: entry.contents)

            // Central directory header.
            central.append(le32: 0x0201_4B50)
            central.append(le16: Self.versionMadeBy)
            central.append(le16: Self.versionNeeded)
            central.append(le16: flags)
            central.append(le16: 0)  // method: stored
            central.append(le16: Self.dosTime)
            central.append(le16: Self.dosDate)
            central.append(le32: crc)
            central.append(le32: size)
            central.append(le32: size)
            central.append(le16: UInt16(truncatingIfNeeded: entry.path.count))
            central.append(le16: 0)  // extra field length
            central.append(le16: 0)  // comment length
            central.append(le16: 0)  // disk number start
            central.append(le16: 0)  // internal attributes
            central.append(le32: mode << 16)  // external attributes: Unix mode in the high half
            central.append(le32: offset)
            central.append(contentsOf: entry.path)
        }

        let centralOffset = UInt32(truncatingIfNeeded: output.count)
        let count = UInt16(truncatingIfNeeded: entries.count)
        output.append(contentsOf: central)

        // End of central directory record.
        output.append(le32: 0x0605_4B50)
        output.append(le16: 0)  // this disk
        output.append(le16: 0)  // disk with the central directory
        output.append(le16: count)
        output.append(le16: count)
        output.append(le32: UInt32(truncatingIfNeeded: central.count))
        output.append(le32: centralOffset)
        output.append(le16: 0)  // comment length
        return output
    }

    /// Made by Unix (3), spec version 2.0, so that readers honour the Unix mode in the external attributes.
    private static let versionMadeBy: UInt16 = 3 << 8 | 20
    private static let versionNeeded: UInt16 = 20
    /// 00:00:00.
    private static let dosTime: UInt16 = 0
    /// 1980-01-01: year offset 0, month 1, day 1.
    private static let dosDate: UInt16 = 0 << 9 | 1 << 5 | 1
}

extension [UInt8] {
    fileprivate mutating func append(le16 value: UInt16) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
    }

    fileprivate mutating func append(le32 value: UInt32) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
        append(UInt8(truncatingIfNeeded: value >> 16))
        append(UInt8(truncatingIfNeeded: value >> 24))
    }
}
