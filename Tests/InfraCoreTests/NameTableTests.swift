import InfraCore
import Testing

/// `NameTable` must answer as a dictionary of the same names would, whatever the names' lengths (the hash reads
/// eight bytes at a time, then a tail) and however many collide.
@Suite struct NameTableTests {
    /// Names of every length from 0 to 40 bytes, which differ only in their last byte or only in their first.
    static let names: [String] = (0...40).flatMap { length -> [String] in
        guard length > 0 else { return [""] }
        let body = String(repeating: "a", count: length - 1)
        return [body + "b", body + "c", "z" + body]
    }

    @Test func findsEveryNameAndNothingElse() {
        let table = NameTable(Self.names.enumerated().map { ($1, $0) })
        let dictionary = Dictionary(Self.names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(table.count == dictionary.count)
        for name in Self.names { #expect(table[name] == dictionary[name], "\(name)") }
        for missing in ["d", "aab", String(repeating: "a", count: 41), "ab" + String(repeating: "a", count: 20), "é"] {
            #expect(table[missing] == dictionary[missing], "\(missing)")
        }
    }

    @Test func keepsTheFirstValueOfARepeatedName() {
        let table = NameTable([("name", 1), ("tags", 2), ("name", 3)])
        #expect(table.count == 2)
        #expect(table["name"] == 1)
        #expect(table["tags"] == 2)
    }

    /// Inserting past the capacity it was made with grows the table; every name is still found.
    @Test func growsPastItsCapacity() {
        var table = NameTable<Int>(capacity: 1)
        for (index, name) in Self.names.enumerated() { table.insert(name, index) }
        #expect(table.count == Self.names.count)
        for (index, name) in Self.names.enumerated() { #expect(table[name] == index, "\(name)") }
        #expect(table["not there"] == nil)
    }

    @Test func emptyTableFindsNothing() {
        let table = NameTable<Int>()
        #expect(table.isEmpty)
        #expect(table[""] == nil)
        #expect(table["name"] == nil)
    }

    /// Names that are not ASCII are found by their bytes too.
    @Test func findsNamesThatAreNotASCII() {
        let table = NameTable([("région", 1), ("名前", 2)])
        #expect(table["région"] == 1)
        #expect(table["名前"] == 2)
        #expect(table["region"] == nil)
    }
}
