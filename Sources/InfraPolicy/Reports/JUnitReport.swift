import InfraCore

/// JUnit XML, as CI systems (GitLab, Jenkins, Azure DevOps, test-report actions) read it.
///
/// One `<testsuite>` per stack and environment (per file for `--tf-json`), clean ones included when the options name
/// them; one `<testcase classname="<rule id>" name="<address>">` per rule and resource with a finding. A test case
/// fails when one of its findings fails the run (unwaived, at or above `--fail-on`), is skipped when all its findings
/// are waived, and passes otherwise, with the findings in `<system-out>`.
public enum JUnitReport {
    public static func render(_ diagnostics: [Diagnostic], options: ReportOptions) -> String {
        chunks(diagnostics, options: options).text
    }

    /// The report as it was written: the suites in order, a large one's test cases a chunk per core.
    public static func chunks(_ diagnostics: [Diagnostic], options: ReportOptions) -> ByteChunks {
        var suites: [Suite] = options.targets.sorted().map { Suite(name: $0.name, failOn: options.failOn) }
        var suiteIndex: [String: Int] = [:]
        for (index, suite) in suites.enumerated() { suiteIndex[suite.name] = index }
        for diagnostic in diagnostics {
            let name = suiteName(diagnostic)
            let index: Int
            if let known = suiteIndex[name] {
                index = known
            } else {
                index = suites.count
                suiteIndex[name] = index
                suites.append(Suite(name: name, failOn: options.failOn))
            }
            suites[index].add(diagnostic)
        }

        let cases = suites.flatMap(\.cases)
        var header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        header += "<testsuites"
        header += XMLText.attribute("name", "infragen lint")
        header += counts(cases)
        header += ">\n"
        var parts = [Array(header.utf8)]
        for suite in suites {
            let opening = "  <testsuite" + XMLText.attribute("name", suite.name) + counts(suite.cases)
            guard !suite.cases.isEmpty else {
                parts.append(Array((opening + "/>\n").utf8))
                continue
            }
            parts.append(Array((opening + ">\n").utf8))
            // A large suite's test cases are written a chunk per core.
            parts += ByteChunks.written(count: suite.cases.count, minimumChunk: 2048) { text, index in
                text.write(suite.cases[index].xml())
            }
            parts.append(Array("  </testsuite>\n".utf8))
        }
        parts.append(Array("</testsuites>\n".utf8))
        return ByteChunks(parts)
    }

    static func suiteName(_ diagnostic: Diagnostic) -> String {
        guard let stack = diagnostic.stack else { return "infragen" }
        return ReportTarget(stack: stack, environment: diagnostic.environment ?? "unknown").name
    }

    static func counts(_ cases: [TestCase]) -> String {
        XMLText.attribute("tests", String(cases.count))
            + XMLText.attribute("failures", String(cases.count { $0.state == .failed }))
            + XMLText.attribute("errors", "0")
            + XMLText.attribute("skipped", String(cases.count { $0.state == .skipped }))
    }

    /// One stack and environment.
    struct Suite {
        var name: String
        var failOn: Diagnostic.Severity
        var cases: [TestCase] = []
        var caseIndex: [String: Int] = [:]

        mutating func add(_ diagnostic: Diagnostic) {
            let name = diagnostic.address ?? diagnostic.location?.file ?? "(no resource)"
            let key = diagnostic.id + "\u{1F}" + name
            if let index = caseIndex[key] {
                cases[index].diagnostics.append(diagnostic)
            } else {
                caseIndex[key] = cases.count
                cases.append(TestCase(classname: diagnostic.id, name: name, failOn: failOn, diagnostics: [diagnostic]))
            }
        }
    }

    /// One rule on one resource.
    struct TestCase {
        enum State { case passed, failed, skipped }

        var classname: String
        var name: String
        var failOn: Diagnostic.Severity
        var diagnostics: [Diagnostic]

        var state: State {
            if diagnostics.contains(where: { $0.fails(at: failOn) }) { return .failed }
            if diagnostics.allSatisfy({ $0.waiver != nil }) { return .skipped }
            return .passed
        }

        func xml() -> String {
            var output = "    <testcase" + XMLText.attribute("classname", classname) + XMLText.attribute("name", name)
            if let location = diagnostics.first?.location {
                output += XMLText.attribute("file", location.file)
                if let line = location.line { output += XMLText.attribute("line", String(line)) }
            }
            output += ">\n"
            let failing = diagnostics.filter { $0.fails(at: failOn) }
            if let first = failing.first {
                output +=
                    "      <failure" + XMLText.attribute("message", Self.headline(first))
                    + XMLText.attribute("type", classname) + ">"
                output += XMLText.escape(failing.map(\.description).joined(separator: "\n"))
                output += "</failure>\n"
            } else if diagnostics.allSatisfy({ $0.waiver != nil }) {
                var reasons: [String] = []
                for reason in diagnostics.compactMap(\.waiver) where !reasons.contains(reason) {
                    reasons.append(reason)
                }
                output +=
                    "      <skipped" + XMLText.attribute("message", "waived: " + reasons.joined(separator: "; "))
                    + "/>\n"
            }
            let others = diagnostics.filter { !$0.fails(at: failOn) }
            if !others.isEmpty {
                output +=
                    "      <system-out>" + XMLText.escape(others.map(\.description).joined(separator: "\n"))
                    + "</system-out>\n"
            }
            output += "    </testcase>\n"
            return output
        }

        /// `aws_db_instance.main: publicly_accessible is true`.
        static func headline(_ diagnostic: Diagnostic) -> String {
            (diagnostic.address.map { "\($0): " } ?? "") + diagnostic.message
        }
    }
}
