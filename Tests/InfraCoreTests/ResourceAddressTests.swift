import InfraCore
import Testing

@Suite struct ResourceAddressTests {
    @Test func description() {
        #expect(ResourceAddress(type: "aws_db_instance", name: "main").description == "aws_db_instance.main")
    }

    @Test(arguments: ["main", "_", "_private", "a1", "web_server_2", "x"])
    func validLabels(label: String) {
        #expect(ResourceAddress.isValidLabel(label))
    }

    @Test(arguments: ["", "1a", "9", "Main", "mainA", "a-b", "a.b", "a b", "é", "-a", "a$", "ü_x"])
    func invalidLabels(label: String) {
        #expect(!ResourceAddress.isValidLabel(label))
    }

    @Test(arguments: [
        ("aggregator-import", "aggregator_import"),
        ("Task 1", "task_1"),
        ("already_fine", "already_fine"),
        ("  --x--  ", "_x"),
        ("a..b", "a_b"),
        ("1st", "_1st"),
        ("10.0.0.0/16", "_10_0_0_0_16"),
        ("", "_"),
        ("---", "_"),
        ("Web-Server", "web_server"),
        ("_lead", "_lead"),
    ])
    func labelFromText(text: String, label: String) {
        #expect(ResourceAddress.label(from: text) == label)
        #expect(ResourceAddress.isValidLabel(ResourceAddress.label(from: text)))
    }

    @Test func orderingIsByTypeThenName() {
        let addresses = [
            ResourceAddress(type: "aws_vpc", name: "a"),
            ResourceAddress(type: "aws_subnet", name: "z"),
            ResourceAddress(type: "aws_subnet", name: "b"),
        ]
        #expect(addresses.sorted().map(\.description) == ["aws_subnet.b", "aws_subnet.z", "aws_vpc.a"])
    }
}
