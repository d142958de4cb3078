import Foundation
import InfraCore
import Stacks
import Testing

/// `docs/<stack>.mmd` is the diagram `infragen graph <env> --stack <stack>` draws for each stack's first environment;
/// this keeps it current. `INFRAGEN_RECORD=1` (`make golden`) rewrites it; CI never does.
@Suite struct ArchitectureDiagramTests {
    @Test(arguments: StackCatalog.all.map(\.name))
    func committedDiagramIsCurrent(stack: String) throws {
        let entry = try #require(StackCatalog.entry(named: stack))
        let environment = try #require(TestSupport.environments(of: entry).first)
        let rendered = try #require(try TestSupport.outcome(entry, environment).rendered)
        let diagram = ArchitectureGraph(name: stack, document: rendered.document).render(.mermaid)
        let url = TestSupport.root.appendingPathComponent("docs/\(stack).mmd")
        if ProcessInfo.processInfo.environment["INFRAGEN_RECORD"] == "1" && !TestSupport.isCI {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try diagram.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded docs/\(stack).mmd; review the diff and re-run without INFRAGEN_RECORD")
            return
        }
        let committed = try? String(contentsOf: url, encoding: .utf8)
        #expect(
            committed == diagram,
            "docs/\(stack).mmd is out of date: run `infragen graph \(environment) --stack \(stack) > docs/\(stack).mmd`"
        )
    }
}
