import InfraAWS
import Testing

@Suite struct IPv4CIDRTests {
    @Test(arguments: [
        ("10.0.0.0/16", UInt32(0x0A00_0000), 16),
        ("0.0.0.0/0", UInt32(0), 0),
        ("192.168.1.255/32", UInt32(0xC0A8_01FF), 32),
        ("172.16.0.0/12", UInt32(0xAC10_0000), 12),
        ("255.255.255.0/24", UInt32(0xFFFF_FF00), 24),
        ("10.0.128.0/17", UInt32(0x0A00_8000), 17),
    ])
    func parsesValidRanges(text: String, address: UInt32, prefix: Int) throws {
        let cidr = try #require(IPv4CIDR(text))
        #expect(cidr.address == address)
        #expect(cidr.prefixLength == prefix)
        #expect(cidr.description == text)
    }

    @Test(arguments: [
        "10.0.0.1/16",
        "10.0.1.0/16",
        "192.168.1.1/24",
        "10.0.0.128/24",
        "1.0.0.0/0",
        "10.0.0.0",
        "10.0.0.0/",
        "/16",
        "10.0.0/16",
        "10.0.0.0.0/16",
        "10.0.0.256/24",
        "10.0.0.0/33",
        "10.0.0.0/-1",
        "10.0.0.0/16/1",
        "10.0..0/16",
        "a.b.c.d/8",
        "1000.0.0.0/8",
        "10.0.0.0/x",
        "",
    ])
    func rejectsMalformedRangesAndSetHostBits(text: String) {
        #expect(IPv4CIDR(text) == nil)
    }

    /// Expected values are what Terraform's `cidrsubnet(prefix, newbits, netnum)` returns.
    @Test(arguments: [
        ("10.0.0.0/16", 8, 0, "10.0.0.0/24"),
        ("10.0.0.0/16", 8, 1, "10.0.1.0/24"),
        ("10.0.0.0/16", 8, 10, "10.0.10.0/24"),
        ("10.0.0.0/16", 8, 255, "10.0.255.0/24"),
        ("10.0.0.0/16", 4, 3, "10.0.48.0/20"),
        ("172.16.0.0/12", 4, 2, "172.18.0.0/16"),
        ("10.1.0.0/16", 2, 3, "10.1.192.0/18"),
        ("0.0.0.0/0", 1, 1, "128.0.0.0/1"),
        ("192.168.0.0/24", 8, 255, "192.168.0.255/32"),
        ("10.0.0.0/8", 16, 257, "10.1.1.0/24"),
    ])
    func subnetMatchesCidrsubnet(base: String, extraBits: Int, index: Int, expected: String) throws {
        let cidr = try #require(IPv4CIDR(base))
        let subnet = try #require(cidr.subnet(extraBits: extraBits, index: index))
        #expect(subnet.description == expected)
        #expect(IPv4CIDR(expected) == subnet)
    }

    @Test(arguments: [
        (8, 256),
        (8, -1),
        (17, 0),
        (0, 0),
        (-1, 0),
        (1, 2),
    ])
    func subnetThatDoesNotFitIsNil(extraBits: Int, index: Int) throws {
        let cidr = try #require(IPv4CIDR("10.0.0.0/16"))
        #expect(cidr.subnet(extraBits: extraBits, index: index) == nil)
    }
}
