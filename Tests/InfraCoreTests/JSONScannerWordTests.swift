import Testing

@testable import InfraCore

/// `JSONScanner.readString` reads a string eight bytes at a time until a word holds a byte that ends its plain run;
/// the word tests must say exactly what the byte-by-byte loop would, and a string must read the same whichever
/// byte of a word its quote, escape, brace or multi-byte character falls on.
@Suite struct JSONScannerWordTests {
    /// What the byte-by-byte loop stops at.
    static func endsPlainRun(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20
    }

    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }

    static func expectSameAsBytes(_ bytes: [UInt8]) {
        let word = word(bytes)
        #expect(JSONScanner.wordEndsPlainRun(word) == bytes.contains(where: endsPlainRun), "\(bytes)")
        #expect(JSONScanner.wordHasByte(word, UInt8(ascii: "{")) == bytes.contains(UInt8(ascii: "{")), "\(bytes)")
        #expect(JSONScanner.continuationBytes(in: word) == bytes.filter { $0 & 0xC0 == 0x80 }.count, "\(bytes)")
    }

    @Test func everyByteAtEveryPositionOfAPlainWord() {
        for filler in [UInt8(ascii: "a"), 0x20, 0x7F, 0x80, 0xC3, 0xFF] {
            for position in 0..<8 {
                for byte in UInt8.min...UInt8.max {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = byte
                    Self.expectSameAsBytes(bytes)
                }
            }
        }
    }

    @Test func pseudoRandomWords() {
        // A fixed xorshift sequence, biased toward the bytes that matter, so the run is the same every time.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let interesting: [UInt8] = [
            0x00, 0x1F, 0x20, 0x21, 0x22, 0x5B, 0x5C, 0x5D, 0x7A, 0x7B, 0x7C, 0x7F, 0x80, 0xBF, 0xC0,
        ]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<8 {
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
                bytes.append(
                    state % 3 == 0
                        ? interesting[Int(state >> 8) % interesting.count] : UInt8(truncatingIfNeeded: state >> 16)
                )
            }
            Self.expectSameAsBytes(bytes)
        }
    }

    /// A string of 40 characters with one special piece at every offset: the value, and the column of the value
    /// after it (which counts Unicode scalars, so it checks the count of continuation bytes), match the piece.
    @Test func aPieceAtEveryOffsetOfALongString() throws {
        // The piece as written in the document, and as decoded.
        let pieces: [(written: String, decoded: String)] = [
            ("${a.b}", "${a.b}"), ("{", "{"), ("\\\"", "\""), ("\\u00e9", "é"), ("\\u007b", "{"), ("é", "é"),
            ("€", "€"), ("😀", "😀"), ("%{ if x }y%{ endif }", "%{ if x }y%{ endif }"), ("$${a}", "$${a}"),
        ]
        let plain = String(repeating: "x", count: 40)
        for (written, decoded) in pieces {
            for offset in 0...40 {
                let source = String(plain.prefix(offset)) + written + String(plain.dropFirst(offset))
                let text = String(plain.prefix(offset)) + decoded + String(plain.dropFirst(offset))
                let document = "{\"k\": \"\(source)\", \"n\": 1}"
                let expected: JSONValue = text.contains("{") ? PositionedJSON.templateValue(text) : .string(text)
                #expect(JSONParser().value(of: document) == .object(["k": expected, "n": 1]), "\(offset): \(source)")
                let parsed = try JSONParser().parse(document, file: "t.json")
                #expect(parsed["k"]?.value == expected, "\(offset): \(source)")
                let column = "{\"k\": \"\(source)\", \"n\": ".unicodeScalars.count + 1
                #expect(parsed["n"]?.column == column, "\(offset): \(source)")
            }
        }
    }

    /// A control byte or an unterminated string inside a long string is still refused.
    @Test func aControlByteOrAMissingQuoteInALongStringIsRefused() {
        for offset in 0...24 {
            let plain = String(repeating: "y", count: 24)
            let withTab = String(plain.prefix(offset)) + "\t" + String(plain.dropFirst(offset))
            #expect(JSONParser().value(of: "\"\(withTab)\"") == nil, "\(offset)")
            #expect(JSONParser().value(of: "\"\(plain.prefix(offset))") == nil, "\(offset)")
        }
    }
}
