import InfraCore

/// What a report needs to know besides the findings.
public struct ReportOptions: Sendable {
    /// The lowest severity that fails the run (`--fail-on`); JUnit marks such findings as failures.
    public var failOn: Diagnostic.Severity
    /// The tool's version, written into SARIF's `tool.driver.version`.
    public var toolVersion: String
    /// Where to read about the tool, written into SARIF's `tool.driver.informationUri` when set.
    public var informationURI: String?
    /// Every stack and environment (or file) that was linted, so that clean ones still appear in JUnit and Markdown.
    public var targets: [ReportTarget]
    /// The problems that kept an input from being checked at all (an unreadable file, invalid JSON or settings).
    /// SARIF reports them as tool execution notifications, so an upload shows that the run failed, not that it passed.
    public var inputErrors: [Diagnostic]

    public init(
        failOn: Diagnostic.Severity = .error,
        toolVersion: String = "0.0.0",
        informationURI: String? = nil,
        targets: [ReportTarget] = [],
        inputErrors: [Diagnostic] = []
    ) {
        self.failOn = failOn
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.targets = targets
        self.inputErrors = inputErrors
    }
}
