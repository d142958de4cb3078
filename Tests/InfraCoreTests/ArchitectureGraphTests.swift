import InfraCore
import Testing

/// Nodes grouped by tier and service, edges from references and `depends_on`, in both output forms.
@Suite struct ArchitectureGraphTests {
    static let document: JSONValue = [
        "resource": [
            "aws_vpc": ["main": ["cidr_block": "10.0.0.0/16"]],
            "aws_subnet": ["a": ["vpc_id": .expression("${aws_vpc.main.id}")]],
            "aws_lb": ["public": ["subnets": [.expression("${aws_subnet.a.id}")], "depends_on": ["aws_vpc.main"]]],
            "aws_db_instance": [
                "main": ["db_subnet_group_name": "external", "self": .expression("${aws_db_instance.main.id}")]
            ],
            "aws_ecs_service": [
                "api": [
                    "load_balancer": [["target": .expression("${aws_lb.public.arn}")]],
                    "x": .expression("${aws_sqs_queue.absent.url}"),
                ]
            ],
        ]
    ]

    @Test func groupsByTierAndServiceAndDrawsReferences() {
        let graph = ArchitectureGraph(name: "demo", document: Self.document)
        #expect(
            graph.nodes.map { "\($0.tier.rawValue)/\($0.service)/\($0.address)" } == [
                "edge/elb/aws_lb.public", "network/vpc/aws_subnet.a", "network/vpc/aws_vpc.main",
                "compute/ecs/aws_ecs_service.api", "data/rds/aws_db_instance.main",
            ]
        )
        // Self-references and references to resources the document does not have are left out.
        #expect(
            graph.edges.map { "\($0.from) -> \($0.to)" } == [
                "aws_ecs_service.api -> aws_lb.public", "aws_lb.public -> aws_subnet.a",
                "aws_lb.public -> aws_vpc.main",
                "aws_subnet.a -> aws_vpc.main",
            ]
        )
    }

    @Test func rendersMermaidAndDot() {
        let graph = ArchitectureGraph(name: "demo", document: Self.document)
        let mermaid = graph.render(.mermaid)
        #expect(mermaid.contains("flowchart LR\n  subgraph tier_edge[\"edge\"]\n    subgraph edge_elb[\"elb\"]\n"))
        #expect(mermaid.contains("      aws_lb__public[\"aws_lb.public\"]\n"))
        #expect(mermaid.hasSuffix("  aws_subnet__a --> aws_vpc__main\n"))
        let dot = graph.render(.dot)
        #expect(dot.contains("digraph \"demo\" {"))
        #expect(dot.contains("  subgraph \"cluster_network\" {\n    label=\"network\";"))
        #expect(dot.contains("  \"aws_lb.public\" -> \"aws_subnet.a\";"))
        #expect(dot.hasSuffix("}\n"))
    }
}
