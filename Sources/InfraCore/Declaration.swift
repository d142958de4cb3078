/// What every construct has by being written in a stack: its Terraform label, the Swift line it was written at, and
/// the waivers and overrides added to it. Kept in one value so a construct stores one property instead of four.
public struct Declaration: Hashable, Sendable {
    /// The Terraform label of the construct's main resource; other resources it makes derive theirs from it.
    public var label: String
    /// The Swift line that declared the construct: where findings on its resources point.
    public var location: SourceLocation
    /// Waivers and overrides added with `.waive(…)` and `.override(…)`.
    public var modifiers: ConstructModifiers

    /// - Parameters:
    ///   - label: the Terraform label.
    ///   - file: pass the construct initialiser's `#filePath` default argument.
    ///   - line: pass the construct initialiser's `#line` default argument.
    public init(_ label: String, file: String, line: UInt) {
        self.init(label, location: .swift(filePath: file, line: line))
    }

    public init(_ label: String, location: SourceLocation) {
        self.label = label
        self.location = location
        self.modifiers = ConstructModifiers()
    }
}
