import InfraCore

/// Security readers not yet moved to Services/.
enum SecurityChecks {
    /// Runtimes AWS has deprecated for new functions.
    static let deprecatedRuntimes: Set<String> = [
        "python2.7", "python3.6", "python3.7", "python3.8", "nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10",
        "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "java8", "dotnetcore1.0", "dotnetcore2.0",
        "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0", "dotnet6", "ruby2.5", "ruby2.7", "go1.x", "provided",
    ]
}
