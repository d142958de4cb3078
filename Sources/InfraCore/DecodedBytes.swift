/// The decoded bytes of a JSON string with escapes, in one allocation that doubles when it fills.
///
/// `JSONScanner.readString` copies the plain run between two escapes in one piece; appended to an `[UInt8]`, each run
/// went through the generic `append(contentsOf:)`, about 115 instructions, and a container definition kept in a string
/// has a run between every two escaped quotes (2.2 % of a 10,000-resource lint). Not copyable: one owner frees it.
struct DecodedBytes: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        guard let source = run.baseAddress, !run.isEmpty else { return }
        if count + run.count > capacity { grow(toHold: count + run.count) }
        (base + count).update(from: source, count: run.count)
        count += run.count
    }

    /// Whether `byte` is among the bytes (`ByteSearch.firstOffset`, eight bytes at a time).
    func contains(_ byte: UInt8) -> Bool {
        ByteSearch.firstOffset(of: byte, in: UnsafeBufferPointer(start: base, count: count)) != nil
    }

    /// The bytes as a string (`String(decoding:as:)`, which repairs ill-formed UTF-8 as before).
    var string: String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }

    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
