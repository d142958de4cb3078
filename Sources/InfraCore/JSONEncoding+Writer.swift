extension JSONEncoding {
    /// The byte-level writer behind `JSONEncoding`. It appends UTF-8 to one growing buffer, so encoding a document
    /// costs one pass with no intermediate strings; the bytes are exactly those of writing each piece as a `String`.
    struct Writer {
        var output: [UInt8] = []
        let pretty: Bool

        init(pretty: Bool) {
            self.pretty = pretty
        }

        mutating func write(_ value: JSONValue, indent: Int) {
            switch value {
            case .null: append("null")
            case .bool(let flag): append(flag ? "true" : "false")
            case .int(let number): append(String(number))
            case .double(let number): append(JSONEncoding.format(number))
            case .string(let text): Self.quote(text, templateEscaped: true, into: &output)
            case .expression(let text): Self.quote(text, templateEscaped: false, into: &output)
            case .template(let template): Self.quote(template.text, templateEscaped: false, into: &output)
            case .array(let elements):
                guard !elements.isEmpty else { return append("[]") }
                output.append(UInt8(ascii: "["))
                for index in elements.indices {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    newline(indent + 1)
                    write(elements[index], indent: indent + 1)
                }
                newline(indent)
                output.append(UInt8(ascii: "]"))
            case .object(let members):
                guard !members.isEmpty else { return append("{}") }
                output.append(UInt8(ascii: "{"))
                // Sorted by key (String order), then written without a second lookup per key.
                let sorted = members.sorted { $0.key < $1.key }
                for index in sorted.indices {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    newline(indent + 1)
                    Self.quote(sorted[index].key, templateEscaped: false, into: &output)
                    if pretty { append(": ") } else { output.append(UInt8(ascii: ":")) }
                    write(sorted[index].value, indent: indent + 1)
                }
                newline(indent)
                output.append(UInt8(ascii: "}"))
            }
        }

        private mutating func append(_ text: String) {
            output.append(contentsOf: text.utf8)
        }

        private mutating func newline(_ indent: Int) {
            guard pretty else { return }
            output.append(UInt8(ascii: "\n"))
            for _ in 0..<(indent * 2) { output.append(UInt8(ascii: " ")) }
        }

        /// Appends `text` as a JSON string literal. With `templateEscaped`, a `{` after `$` or `%` first gets its
        /// marker doubled (`TemplateEscaping.escape`), done on bytes: the markers and the brace are ASCII, and UTF-8
        /// never uses ASCII bytes inside a multi-byte character, so this is the scalar-level escape exactly.
        static func quote(_ text: String, templateEscaped: Bool, into output: inout [UInt8]) {
            output.append(UInt8(ascii: "\""))
            var text = text
            text.withUTF8 { bytes in
                // Runs of bytes that need nothing are found eight bytes at a time and copied whole; an embedded
                // policy is mostly such runs between the quotes it escapes.
                var runStart = 0
                var index = nextSpecial(in: bytes, from: 0, braces: templateEscaped)
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "{") {
                        // A template marker before it is doubled: written once with the run, once more here; the
                        // brace starts the next run.
                        if index > 0, bytes[index - 1] == UInt8(ascii: "$") || bytes[index - 1] == UInt8(ascii: "%") {
                            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                            output.append(bytes[index - 1])
                            runStart = index
                        }
                        index = nextSpecial(in: bytes, from: index + 1, braces: templateEscaped)
                        continue
                    }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    runStart = index + 1
                    switch byte {
                    case UInt8(ascii: "\""): escape(UInt8(ascii: "\""), into: &output)
                    case UInt8(ascii: "\\"): escape(UInt8(ascii: "\\"), into: &output)
                    case 0x0A: escape(UInt8(ascii: "n"), into: &output)
                    case 0x0D: escape(UInt8(ascii: "r"), into: &output)
                    case 0x09: escape(UInt8(ascii: "t"), into: &output)
                    default:
                        // `\u00XX` with lower-case hex digits.
                        escape(UInt8(ascii: "u"), into: &output)
                        output.append(UInt8(ascii: "0"))
                        output.append(UInt8(ascii: "0"))
                        output.append(hexDigit(byte >> 4))
                        output.append(hexDigit(byte & 0x0F))
                    }
                    index = nextSpecial(in: bytes, from: index + 1, braces: templateEscaped)
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            }
            output.append(UInt8(ascii: "\""))
        }

        /// The first position from `start` on of a byte `quote` acts on: a quote, a backslash, a control byte, or
        /// with `braces` a `{`; `bytes.count` when there is none. Eight bytes at a time while none of them is one
        /// (`JSONScanner`'s word tests), then byte by byte.
        @inline(__always)
        static func nextSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, braces: Bool) -> Int {
            var index = start
            if let base = bytes.baseAddress {
                while index &+ 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if JSONScanner.wordEndsPlainRun(word)
                        || (braces && JSONScanner.wordHasByte(word, UInt8(ascii: "{")))
                    {
                        break
                    }
                    index &+= 8
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                    || (braces && byte == UInt8(ascii: "{"))
                {
                    return index
                }
                index += 1
            }
            return index
        }

        private static func escape(_ byte: UInt8, into output: inout [UInt8]) {
            output.append(UInt8(ascii: "\\"))
            output.append(byte)
        }

        private static func hexDigit(_ value: UInt8) -> UInt8 {
            value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
        }
    }
}
