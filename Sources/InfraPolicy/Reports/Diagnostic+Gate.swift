import InfraCore

extension Diagnostic {
    /// True when this finding fails a run whose `--fail-on` is `threshold`: unwaived and at least that severe.
    /// Waived findings never fail, whatever the threshold.
    public func fails(at threshold: Severity) -> Bool {
        waiver == nil && severity >= threshold
    }
}
