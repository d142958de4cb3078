import InfraCore
import Testing

@testable import InfraPolicy

/// The IAM policies the document index reads once for each policy resource are the ones read from the resource
/// itself, as a rule would read them from a view of a body the index does not hold.
@Suite struct PolicyStatementsTests {
    @Test func indexedPoliciesAreThoseOfTheResource() throws {
        var policyResources = 0
        var documents = 0
        for fixture in RuleFixtures.all {
            for document in fixture.failing + fixture.passing {
                documents += 1
                for view in PolicyEngine.resources(in: document) where IAMRules.policyTypes.contains(view.type) {
                    let indexed = try #require(view.document.policies(of: view.address), "\(view.address)")
                    let read = PolicyStatements.written(
                        attributes: view.attributes,
                        type: view.type,
                        policy: EmbeddedJSON.parse(view["policy"]),
                        dataSources: view.document.dataSources
                    )
                    #expect(indexed == read, "\(view.address)")
                    // A view of another body than the index's reads its own policy, not the indexed one.
                    var other = view
                    other.attributes["policy"] = .string(#"{"Statement": [{"Sid": "other", "Action": "x:Y"}]}"#)
                    let otherPolicy = PolicyStatements.written(by: other).first { $0.attribute == "policy" }
                    #expect(otherPolicy?.statements.map(\.sid) == ["other"], "\(view.address)")
                    policyResources += 1
                }
            }
        }
        #expect(documents > 100)
        #expect(policyResources >= 20)
    }
}
