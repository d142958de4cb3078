/// A fixed set of names, each with a value, looked up without `Hasher`.
///
/// The checks look every argument a resource writes up in its type's tables (the schema's attributes and blocks, the
/// provider's constraints): some 130,000 lookups for 10,000 resources. A `[String: _]` hashes each name with SipHash
/// and then compares it, some 450 instructions a lookup. The names here are the provider's, fixed when the table is
/// built, so a plain multiplicative hash over the name's bytes, eight at a time, spreads them as well; a lookup then
/// costs about half as much (measured: 170 to 270 instructions, with the string comparison and the copy of the value
/// it returns). Open addressing with linear probing, at most half full, so that a name that is not in the table (a
/// misspelled argument) stops at an empty slot soon. A name is placed by the hash of its bytes and then compared as
/// a string; for the provider's names, which are ASCII, that is the byte comparison Terraform makes.
///
/// The lookup is `@inlinable` so that it is specialized for its value type where it is used: generic, it looked up
/// the array's element metadata on every call and cost more than the dictionary.
public struct NameTable<Value: Sendable>: Sendable {
    /// Positions in `names` and `values`, or -1 for an empty slot; a power of two long.
    @usableFromInline var slots: [Int32]
    @usableFromInline var names: [String]
    @usableFromInline var values: [Value]

    /// The names with their values; a repeated name keeps its first value.
    @inlinable
    public init(_ pairs: some Sequence<(String, Value)>) {
        self.init(capacity: pairs.underestimatedCount)
        for (name, value) in pairs { insert(name, value) }
    }

    /// An empty table with room for `capacity` names before it grows.
    @inlinable
    public init(capacity: Int = 0) {
        var size = 4
        while size < capacity * 2 { size *= 2 }
        slots = Self.emptySlots(size)
        names = []
        values = []
        names.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// Adds `name` with `value`, unless the table has the name already: the first value stays.
    @inlinable
    public mutating func insert(_ name: String, _ value: Value) {
        if (names.count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Self.slot(of: name, mask: mask)
        while slots[slot] >= 0 {
            if names[Int(slots[slot])] == name { return }
            slot = (slot &+ 1) & mask
        }
        slots[slot] = Int32(names.count)
        names.append(name)
        values.append(value)
    }

    /// `count` empty slots. Not `Array(repeating:count:)`, which runs unspecialized code that looks up the array's
    /// generic metadata on every call (`ReservedCapacity`).
    @inlinable
    static func emptySlots(_ count: Int) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: count) { slots, initialized in
            slots.initialize(repeating: -1)
            initialized = count
        }
    }

    /// Twice the slots, every name placed again.
    @usableFromInline
    mutating func grow() {
        let mask = slots.count * 2 - 1
        slots = Self.emptySlots(mask + 1)
        for (position, name) in names.enumerated() {
            var slot = Self.slot(of: name, mask: mask)
            while slots[slot] >= 0 { slot = (slot &+ 1) & mask }
            slots[slot] = Int32(position)
        }
    }

    public var count: Int { names.count }
    public var isEmpty: Bool { names.isEmpty }

    @inlinable
    public subscript(name: String) -> Value? {
        let mask = slots.count - 1
        var slot = Self.slot(of: name, mask: mask)
        while true {
            let position = Int(slots[slot])
            if position < 0 { return nil }
            if names[position] == name { return values[position] }
            slot = (slot &+ 1) & mask
        }
    }

    /// The first slot to try for `name`: its bytes mixed eight at a time, with its length, into 64 bits.
    @inlinable @inline(__always)
    static func slot(of name: String, mask: Int) -> Int {
        var name = name
        let hash = name.withUTF8 { bytes -> UInt64 in
            let multiplier: UInt64 = 0xBF58_476D_1CE4_E5B9
            var hash = 0x9E37_79B9_7F4A_7C15 &* UInt64(truncatingIfNeeded: bytes.count &+ 1)
            guard let base = bytes.baseAddress else { return hash }
            var offset = 0
            while offset &+ 8 <= bytes.count {
                hash = (hash ^ UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)) &* multiplier
                hash ^= hash >> 31
                offset &+= 8
            }
            guard offset < bytes.count else { return hash }
            var tail: UInt64 = 0
            if bytes.count >= 8 {
                // The last eight bytes, overlapping the words already mixed: one load instead of a byte loop.
                tail = UnsafeRawPointer(base + (bytes.count &- 8)).loadUnaligned(as: UInt64.self)
            } else {
                while offset < bytes.count {
                    tail = tail << 8 | UInt64(base[offset])
                    offset &+= 1
                }
            }
            hash = (hash ^ tail) &* multiplier
            return hash ^ (hash >> 31)
        }
        return Int(truncatingIfNeeded: hash) & mask
    }
}
