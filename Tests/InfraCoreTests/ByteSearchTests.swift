import InfraCore
import Testing

@Suite struct ByteSearchTests {
    /// A non-ASCII character at every offset of the words the bytes are read in, and in the last bytes.
    @Test(arguments: ["é", "€", "🚀", "\u{80}", "\u{7F}"])
    func isASCIIAtEveryOffset(character: String) {
        for prefix in 0...17 {
            for suffix in [0, 1, 7, 8, 9] {
                let text = String(repeating: "a", count: prefix) + character + String(repeating: "b", count: suffix)
                #expect(ByteSearch.isASCII(text) == text.utf8.allSatisfy { $0 < 0x80 }, "\(text)")
            }
        }
        #expect(ByteSearch.isASCII(""))
        #expect(ByteSearch.isASCII(String(repeating: "aws_lb.main", count: 9)))
    }

    /// The first `{` at or after every start, for a brace at every offset of a word and in the last bytes.
    @Test func firstOffsetFindsTheNextByte() {
        for prefix in 0...17 {
            for suffix in [0, 1, 7, 8, 9] {
                let text = String(repeating: "a", count: prefix) + "{" + String(repeating: "{b", count: suffix)
                let bytes = Array(text.utf8)
                bytes.withUnsafeBufferPointer { buffer in
                    for start in 0...bytes.count {
                        let expected = bytes.indices.first { $0 >= start && bytes[$0] == UInt8(ascii: "{") }
                        #expect(ByteSearch.firstOffset(of: UInt8(ascii: "{"), in: buffer, from: start) == expected)
                    }
                }
            }
        }
    }

    @Test func containsFindsBytesAnywhere() {
        #expect(ByteSearch.contains("arn:aws:iam::*", "::*"))
        #expect(ByteSearch.contains("abc", ""))
        #expect(!ByteSearch.contains("ab", "abc"))
        #expect(!ByteSearch.contains("a:b", "::"))
    }

    @Test func hasPrefixComparesBytes() {
        #expect(ByteSearch.hasPrefix("aws_lb_listener", "aws_lb"))
        #expect(ByteSearch.hasPrefix("aws_lb", "aws_lb"))
        #expect(!ByteSearch.hasPrefix("aws_l", "aws_lb"))
        #expect(!ByteSearch.hasPrefix("aws_alb", "aws_lb"))
        #expect(ByteSearch.hasPrefix("", ""))
        #expect(ByteSearch.hasPrefix("é", ""))
        #expect(!ByteSearch.hasPrefix("", "a"))
        // Long enough to be stored out of line, and short enough to be stored in the string itself.
        #expect(ByteSearch.hasPrefix(String(repeating: "aws_", count: 10), "aws_aws_"))
        #expect(!ByteSearch.hasPrefix("awz_" + String(repeating: "x", count: 30), "aws_"))
    }
}
