/// A problem found in user input or in a rendered document, kept as a value so that it can be sorted, filtered,
/// waived and printed in any report format.
///
/// The `id` is stable (`RDS003`, `YAML002`) even when the wording changes, so users can grep and waive by it.
public struct Diagnostic: Error, Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// How bad a diagnostic is; ordered so that `.error > .warning > .note`.
    public enum Severity: String, Codable, Comparable, Sendable, CaseIterable {
        case note, warning, error

        var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var id: String
    public var severity: Severity
    /// One sentence saying what is wrong.
    public var message: String
    /// The Terraform address the diagnostic is about (`aws_db_instance.main`), when there is one.
    public var address: String?
    /// The attribute path inside the resource (`publicly_accessible`), when there is one.
    public var attribute: String?
    /// Where the user can fix it: a Swift line, a YAML key, a JSON element.
    public var location: SourceLocation?
    /// A second place that explains the finding: for a value copied from a settings file (`location` is then the
    /// YAML line), the Swift line of the construct that used it.
    public var relatedLocation: SourceLocation?
    /// The stack and environment the diagnostic belongs to, when it belongs to one.
    public var stack: String?
    public var environment: String?
    /// How to fix it (or how to waive it).
    public var hint: String?
    /// Set when a waiver covers this finding; the finding stays visible but no longer gates.
    public var waiver: String?

    public init(
        id: String,
        severity: Severity,
        message: String,
        address: String? = nil,
        attribute: String? = nil,
        location: SourceLocation? = nil,
        stack: String? = nil,
        environment: String? = nil,
        hint: String? = nil,
        waiver: String? = nil,
        relatedLocation: SourceLocation? = nil
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.address = address
        self.attribute = attribute
        self.location = location
        self.stack = stack
        self.environment = environment
        self.hint = hint
        self.waiver = waiver
        self.relatedLocation = relatedLocation
    }

    /// True when the diagnostic should stop a render: an error that no waiver covers.
    public var isBlocking: Bool { severity == .error && waiver == nil }

    /// The compiler-style form: `file:line: error[ID]: address: message`, then an indented `hint:` line.
    public var description: String {
        var text = ""
        write(to: &text)
        return text
    }

    /// Appends `description` to `output`, piece by piece: a report of a hundred thousand findings is written into
    /// one string, and making each finding's text a string of its own first cost as much again as the appending.
    public func write(to output: inout String) { writeText(to: &output) }

    /// Appends `description` to `output` as UTF-8 bytes (`TextReport` writes its lines so).
    public func write(to output: inout UTF8Text) { writeText(to: &output) }

    private func writeText<Output: TextOutputStream>(to output: inout Output) {
        if let location {
            location.write(to: &output)
            output.write(": ")
        }
        output.write(severity.rawValue)
        output.write("[")
        output.write(id)
        output.write("]: ")
        if let address {
            output.write(address)
            output.write(": ")
        }
        output.write(message)
        if let waiver {
            output.write(" (waived: ")
            output.write(waiver)
            output.write(")")
        }
        if let relatedLocation {
            output.write("\n  used at: ")
            relatedLocation.write(to: &output)
        }
        if let hint {
            output.write("\n  hint: ")
            output.write(hint)
        }
    }

    /// Sorted by stack, environment, file, line, address, id, message: the order every report uses.
    /// Compared key by key with an early exit (a missing text counts as `""`, a missing line or column as 0), not
    /// through tuples: building two tuples of copied strings per comparison cost more than the comparing.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if let order = order(lhs.stack, rhs.stack) { return order }
        if let order = order(lhs.environment, rhs.environment) { return order }
        if let order = order(lhs.location?.file, rhs.location?.file) { return order }
        if let order = order(lhs.location?.line ?? 0, rhs.location?.line ?? 0) { return order }
        if let order = order(lhs.location?.column ?? 0, rhs.location?.column ?? 0) { return order }
        if let order = order(lhs.address, rhs.address) { return order }
        if let order = order(lhs.id, rhs.id) { return order }
        if let order = order(lhs.attribute, rhs.attribute) { return order }
        return lhs.message < rhs.message
    }

    /// Whether `lhs` sorts before `rhs`, or `nil` when they are equal.
    @inline(__always)
    private static func order<Key: Comparable>(_ lhs: Key, _ rhs: Key) -> Bool? {
        lhs == rhs ? nil : lhs < rhs
    }

    /// As `order` for texts that may be missing, a missing text sorting as `""`.
    @inline(__always)
    private static func order(_ lhs: String?, _ rhs: String?) -> Bool? {
        switch (lhs, rhs) {
        case (nil, nil): return nil
        case (let lhs?, let rhs?): return lhs == rhs ? nil : lhs < rhs
        case (nil, let rhs?): return rhs.isEmpty ? nil : true
        case (let lhs?, nil): return lhs.isEmpty ? nil : false
        }
    }
}

/// A set of diagnostics thrown together, so that input decoding can report every problem at once.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
