import InfraCore

/// Every stack infragen knows, in name order. Adding a stack means adding it here.
public enum StackCatalog {
    public static let all: [StackEntry] = [
        StackEntry(Aggregator.self),
        StackEntry(Dispatcher.self),
        StackEntry(Revendiste.self),
        StackEntry(Aldea.self),
        StackEntry(Mediamind.self),
    ].sorted { $0.name < $1.name }

    /// The stack with this name, if there is one.
    public static func entry(named name: String) -> StackEntry? { all.first { $0.name == name } }
}
