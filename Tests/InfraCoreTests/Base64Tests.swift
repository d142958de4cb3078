import InfraCore
import Testing

@Suite struct Base64Tests {
    /// RFC 4648 §10.
    @Test(arguments: [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ])
    func rfc4648TestVectors(text: String, encoded: String) {
        #expect(Base64.encode(text) == encoded)
        #expect(Base64.encode(Array(text.utf8)) == encoded)
    }

    @Test func usesTheStandardAlphabetWithPlusAndSlash() {
        #expect(Base64.encode([0xFB, 0xFF]) == "+/8=")
        #expect(Base64.encode([0xFF, 0xFE, 0xFD]) == "//79")
        #expect(Base64.encode([0x00, 0x00, 0x00]) == "AAAA")
        #expect(Base64.encode([0x00]) == "AA==")
        #expect(Base64.encode([0xFF, 0xFF, 0xFF, 0xFF]) == "/////w==")
    }

    @Test func encodesUTF8Text() {
        #expect(Base64.encode("é") == "w6k=")
        #expect(Base64.encode("#!/bin/bash\necho ok\n") == "IyEvYmluL2Jhc2gKZWNobyBvawo=")
    }

    @Test func outputLengthIsAlwaysAMultipleOfFour() {
        for length in 0..<40 {
            let encoded = Base64.encode([UInt8](repeating: 0xA5, count: length))
            #expect(encoded.count == (length + 2) / 3 * 4)
        }
    }

    /// Decoding gives back what encoding made, for the RFC's vectors and for every byte; padding is optional, line
    /// breaks are ignored, and text that is not Base64 is refused.
    @Test func decodesWhatItEncodes() {
        for text in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "#!/bin/bash\necho ok\n"] {
            #expect(Base64.decode(Base64.encode(text)) == Array(text.utf8), "\(text)")
        }
        let every = (0...255).map(UInt8.init)
        #expect(Base64.decode(Base64.encode(every)) == every)
        #expect(Base64.decode("Zm9vYg") == Array("foob".utf8))
        #expect(Base64.decode("Zm9v\nYmFy\n") == Array("foobar".utf8))
        for bad in ["Zm9v!", "Zg==Zg==", "Z", "Zm9vY", "Zg==="] {
            #expect(Base64.decode(bad) == nil, "\(bad)")
        }
    }
}
