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
        // The parts are copied straight into the report string: joining them into one byte list first copied the
        // whole report once more (24 MB for 100,000 resources).
        let summary = Array("infragen: \(ReportSummary(diagnostics))\n".utf8)
        let count = parts.reduce(summary.count) { $0 + $1.count }
        return String(unsafeUninitializedCapacity: count) { report in
            var position = 0
            for part in parts + [summary] {
                part.withUnsafeBufferPointer { bytes in
                    guard let source = bytes.baseAddress, let target = report.baseAddress else { return }
                    (target + position).initialize(from: source, count: bytes.count)
                    position += bytes.count
                }
            }
            return position
        }
    }
}
