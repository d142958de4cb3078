import Testing

@testable import InfraPolicy

/// `CIDRShape` reads ASCII text as bytes, for speed; it must agree with its reading as characters, which any other
/// text still gets.
@Suite struct CIDRShapeTests {
    static let samples = [
        "10.0.0.0/16", "10.40.1.0/16", "0.0.0.0/0", "255.255.255.255/32", "256.0.0.0/8", "10.0.0/8", "10.0.0.0.0/8",
        "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/+8", "10.0.0.0/", "/8", "10.0.0.0", "10.0.0.0/8/8", "01.0.0.0/8",
        "0.0.0.0/00", "1.2.3.4 /8", "1.2.3.4/8 ", "a.b.c.d/8", "::/0", "::1/128", "2001:db8::/32", "2001:db8::1/129",
        "2001:0db8:0000:0000:0000:ff00:0042:8329/64", "2001:db8:0:0:0:ff00:42:8329:1/64", "2001:db8:::1/64",
        ":::/64", "1::2::3/64", "12345::/16", "g::/16", "FE80::/10", "fe80::/10", ":1/8", "1:/8", "", "/", "//",
    ]

    @Test func bytesReadAsCharactersRead() {
        for text in Self.samples {
            #expect(CIDRShape.isValid(text) == CIDRShape.isValid(characters: text), "\(text.debugDescription)")
        }
        #expect(CIDRShape.isValid("10.0.0.0/16") && CIDRShape.isValid("2001:db8::/32"))
        #expect(!CIDRShape.isValid("10.0.0.0/33") && !CIDRShape.isValid("2001:db8:::1/64"))
    }

    /// Texts put together from the pieces CIDRs are made of, from a fixed seed: about one in twenty is valid.
    @Test func generatedTextReadsAlike() {
        let octets = ["0", "1", "10", "99", "255", "256", "01", "1a", ""]
        let groups = ["0", "db8", "FFFF", "fe80", "12345", "g1", ""]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var valid = 0
        for _ in 0..<20_000 {
            var text: String
            if next(2) == 0 {
                text = (0..<(3 + next(3))).map { _ in octets[next(octets.count)] }.joined(separator: ".")
            } else {
                let parts = (0..<(1 + next(9))).map { _ in groups[next(groups.count)] }
                text = parts.joined(separator: next(3) == 0 ? "::" : ":")
                if next(2) == 0 { text = next(2) == 0 ? "::" + text : text + "::" }
            }
            text += ["/\(next(140))", "/", "", "/+8", "/ 8"][next(8) < 5 ? 0 : next(5)]
            let expected = CIDRShape.isValid(characters: text)
            if expected { valid += 1 }
            #expect(CIDRShape.isValid(text) == expected, "\(text.debugDescription)")
        }
        #expect(valid > 200)
    }
}
