import InfraCore

/// The compiler format: one `file:line: severity[ID]: address: message` entry (with its `hint:` line) per finding,
/// then `infragen: 0 errors, 1 warning, 2 waived`.
public enum TextReport {
    public static func render(_ diagnostics: [Diagnostic]) -> String { chunks(diagnostics).text }

    /// The report as it was written: a piece per chunk of findings, then the summary line as a piece of its own.
    public static func chunks(_ diagnostics: [Diagnostic]) -> ByteChunks {
        // A large report's lines are written on every core, a chunk each, and kept in order.
        let chunks = ParallelMap.chunkRanges(count: diagnostics.count, minimumChunk: 4096)
        var parts = ParallelMap.indices(chunks.count) { chunk in
            var lines = UTF8Text()
            // By position: a loop over the findings would copy each, retaining every string it holds.
            for index in chunks[chunk] {
                diagnostics[index].write(to: &lines)
                lines.write("\n")
            }
            return lines.bytes
        }
        parts.append(Array("infragen: \(ReportSummary(diagnostics))\n".utf8))
        return ByteChunks(parts)
    }
}
