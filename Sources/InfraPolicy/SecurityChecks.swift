import InfraCore

/// Security readers not yet moved to Services/.
enum SecurityChecks {
    /// The CIDR ranges that mean "anyone on the internet".
    static let everywhere: Set<String> = ["0.0.0.0/0", "::/0"]

    /// Ports a public ingress may open without a finding.
    static let webPorts: Set<Int> = [80, 443]

    /// Whether an ingress from everywhere on `from...to` (protocol `proto`) opens more than the web ports.
    static func opensMoreThanWeb(proto: String?, from: Int?, to: Int?) -> Bool {
        if proto == "-1" || proto == "all" { return true }
        guard let from, let to else { return true }
        if from == -1 || to == -1 { return true }
        return (from...max(from, to)).contains { !webPorts.contains($0) }
    }

    /// Runtimes AWS has deprecated for new functions.
    static let deprecatedRuntimes: Set<String> = [
        "python2.7", "python3.6", "python3.7", "python3.8", "nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10",
        "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "java8", "dotnetcore1.0", "dotnetcore2.0",
        "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0", "dotnet6", "ruby2.5", "ruby2.7", "go1.x", "provided",
    ]
}
