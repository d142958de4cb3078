import Foundation
import InfraCore
import Testing

@Suite struct ZipArchiveTests {
    // MARK: CRC-32

    @Test func crc32CheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    }

    @Test func crc32Incremental() {
        var crc = CRC32()
        crc.update(Array("12345".utf8))
        crc.update(Array("6789".utf8))
        #expect(crc.value == 0xCBF4_3926)
    }

    // MARK: Archive layout

    func sample(reversed: Bool = false) -> ZipArchive {
        var files: [(String, [UInt8], Bool)] = [
            ("bootstrap", Array("#!/bin/sh\nexec ./handler\n".utf8), true),
            ("lib/handler.js", Array("exports.handler = async () => 'ok';\n".utf8), false),
            ("README.md", Array("# Lambda\n".utf8), false),
            ("empty.txt", [], false),
        ]
        if reversed { files.reverse() }
        var archive = ZipArchive()
        for (path, contents, executable) in files {
            archive.add(path: path, contents: contents, executable: executable)
        }
        return archive
    }

    @Test func sameInputSameBytes() {
        #expect(sample().bytes() == sample().bytes())
        #expect(sample().bytes() == sample(reversed: true).bytes())
        #expect(CRC32.checksum(sample().bytes()) == CRC32.checksum(sample(reversed: true).bytes()))
    }

    @Test func entriesAreSortedByPath() {
        #expect(sample().paths == ["README.md", "bootstrap", "empty.txt", "lib/handler.js"])
    }

    @Test func addingAPathAgainReplacesIt() {
        var archive = ZipArchive()
        archive.add(path: "a.txt", contents: [1])
        archive.add(path: "a.txt", contents: [2, 3])
        var expected = ZipArchive()
        expected.add(path: "a.txt", contents: [2, 3])
        #expect(archive.paths == ["a.txt"])
        #expect(archive.bytes() == expected.bytes())
    }

    @Test func emptyArchiveIsJustTheEndRecord() {
        #expect(ZipArchive().bytes() == [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
    }

    @Test func singleEntryExactBytes() {
        var archive = ZipArchive()
        archive.add(path: "a", contents: Array("hi".utf8), executable: true)
        let crc: [UInt8] = le32(CRC32.checksum(Array("hi".utf8)))
        let local: [UInt8] =
            [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0] + crc
            + [2, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0] + [UInt8(ascii: "a")] + Array("hi".utf8)
        let central: [UInt8] =
            [0x50, 0x4B, 0x01, 0x02, 20, 3, 20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0] + crc
            + [2, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0] + le32(0o100755 << 16) + [0, 0, 0, 0]
            + [UInt8(ascii: "a")]
        let end: [UInt8] =
            [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0] + le32(UInt32(central.count))
            + le32(UInt32(local.count)) + [0, 0]
        #expect(archive.bytes() == local + central + end)
    }

    @Test func nonASCIINamesAreFlaggedUTF8() {
        var archive = ZipArchive()
        archive.add(path: "café.txt", contents: [])
        let bytes = archive.bytes()
        #expect(bytes[6] == 0x00)
        #expect(bytes[7] == 0x08)
    }

    func le32(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }

    // MARK: Other readers

    /// Runs a tool and returns its exit status and output, or `nil` when the tool is not installed.
    func run(_ arguments: [String]) throws -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        if process.terminationStatus == 127 { return nil }
        return (process.terminationStatus, output)
    }

    func withArchiveFile<T>(_ body: (String) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("infragen-zip-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var archive = sample()
        archive.add(path: "data/big.bin", contents: (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        archive.add(path: "data/ünïcødé.txt", contents: Array("ü\n".utf8))
        let path = directory.appendingPathComponent("lambda.zip").path
        try Data(archive.bytes()).write(to: URL(fileURLWithPath: path))
        return try body(path)
    }

    @Test func pythonZipfileAcceptsTheArchive() throws {
        try withArchiveFile { path in
            guard let result = try run(["python3", "-m", "zipfile", "-t", path]) else {
                print("skipping: python3 is not installed")
                return
            }
            #expect(result.status == 0, "python3 -m zipfile -t failed: \(result.output)")

            let script = """
                import sys, zipfile
                with zipfile.ZipFile(sys.argv[1]) as z:
                    for i in z.infolist():
                        print(i.filename, i.date_time, oct(i.external_attr >> 16), i.create_system, i.compress_type,
                              len(z.read(i)))
                """
            guard let listing = try run(["python3", "-c", script, path]) else { return }
            #expect(listing.status == 0, "\(listing.output)")
            #expect(
                listing.output == """
                    README.md (1980, 1, 1, 0, 0, 0) 0o100644 3 0 9
                    bootstrap (1980, 1, 1, 0, 0, 0) 0o100755 3 0 25
                    data/big.bin (1980, 1, 1, 0, 0, 0) 0o100644 3 0 100000
                    data/ünïcødé.txt (1980, 1, 1, 0, 0, 0) 0o100644 3 0 3
                    empty.txt (1980, 1, 1, 0, 0, 0) 0o100644 3 0 0
                    lib/handler.js (1980, 1, 1, 0, 0, 0) 0o100644 3 0 36

                    """
            )
        }
    }

    @Test func unzipAcceptsTheArchive() throws {
        try withArchiveFile { path in
            guard let result = try run(["unzip", "-t", path]) else {
                print("skipping: unzip is not installed")
                return
            }
            #expect(result.status == 0, "unzip -t failed: \(result.output)")
            #expect(result.output.contains("No errors detected"))
        }
    }
}
