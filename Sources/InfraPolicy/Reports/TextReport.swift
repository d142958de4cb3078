import InfraCore

/// The compiler format: one `file:line: severity[ID]: address: message` entry (with its `hint:` line) per finding,
/// then `infragen: 0 errors, 1 warning, 2 waived`.
public enum TextReport {
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        // A large report's lines are written on every core, a chunk each, and joined in order.
        let chunks = ParallelMap.chunkRanges(count: diagnostics.count, minimumChunk: 4096)
        let parts = ParallelMap.indices(chunks.count) { chunk in
            var lines = UTF8Text()
            // By position: a loop over the findings would copy each, retaining every string it holds.
            for index in chunks[chunk] {
                diagnostics[index].write(to: &lines)
                lines.write("\n")
            }
            return lines.bytes
        }
        var output = UTF8Text(reservingCapacity: parts.reduce(64) { $0 + $1.count })
        for part in parts { output.bytes += part }
        output.write("infragen: \(ReportSummary(diagnostics))\n")
        return output.string
    }
}
