import Testing

@testable import InfraCore

/// The parallel stages must give exactly what the serial loops they replace gave: same results, same order.
@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 2, 7, 511, 512, 513, 1_000, 4_096, 33_333, 100_000])
    func chunkRangesCoverEveryIndexOnceInOrder(count: Int) {
        for minimumChunk in [1, 64, 512, 5_000] {
            let ranges = ParallelMap.chunkRanges(count: count, minimumChunk: minimumChunk)
            #expect(ranges.flatMap { Array($0) } == Array(0..<count))
            #expect(ranges.allSatisfy { !$0.isEmpty })
            #expect(ranges.count <= ParallelMap.maximumChunks)
            // No chunk but the last is smaller than asked.
            if count >= minimumChunk { #expect(ranges.dropLast().allSatisfy { $0.count >= minimumChunk }) }
            if count > 0 && count < 2 * minimumChunk { #expect(ranges.count == 1) }
        }
    }

    /// An element that sorts by `key` alone, so that ties are many and only a stable sort keeps their `tag`s in
    /// order; its `note` owns storage, so a copied or dropped element would show.
    struct Keyed: Comparable, Sendable {
        var key: Int
        var tag: Int
        var note: String

        static func < (lhs: Keyed, rhs: Keyed) -> Bool { lhs.key < rhs.key }
        static func == (lhs: Keyed, rhs: Keyed) -> Bool {
            lhs.key == rhs.key && lhs.tag == rhs.tag && lhs.note == rhs.note
        }
    }

    @Test(arguments: [0, 1, 2, 7, 15, 16, 17, 1_000, 33_333])
    func sortIsTheStandardSortTiesIncluded(count: Int) {
        // A fixed generator, so a failure repeats; keys from small ranges (many ties), from large ones, and already
        // sorted or reversed lists, where runs meet at equal keys.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(count)
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let shapes: [(Int) -> Int] = [{ _ in next() % 5 }, { _ in next() % 1_000_000 }, { $0 / 3 }, { -$0 / 2 }]
        for shape in shapes {
            let items = (0..<count).map { Keyed(key: shape($0), tag: $0, note: "element \($0), stored out of line") }
            for minimumRun in [1, 2, 100, 4_096] {
                var sorted = items
                ParallelMap.sort(&sorted, minimumRun: minimumRun)
                #expect(sorted == items.sorted())
            }
        }
    }

    @Test(arguments: [0, 1, 3, 100, 5_000, 20_011])
    func chunkedIsMapInOrder(count: Int) {
        let items = (0..<count).map { "item \($0)" }
        let transform: @Sendable (String) -> [Int] = { text in Array(text.utf8.map(Int.init).prefix(3)) + [text.count] }
        #expect(ParallelMap.chunked(items, minimumChunk: 100, transform) == items.map(transform))
    }

    @Test(arguments: [0, 1, 3, 100, 5_000, 20_011])
    func chunkedFlatMapIsFlatMapInOrder(count: Int) {
        let items = Array(0..<count)
        // Zero, one or several results per item, with strings that own storage, so moves and copies would differ.
        let results: @Sendable (Int) -> [String] = { item in
            (0..<(item % 3)).map { "result \($0) of item \(item), long enough to be stored out of line" }
        }
        let flattened = ParallelMap.chunkedFlatMap(items, minimumChunk: 100, placeholder: "") { item, found in
            found.append(contentsOf: results(item))
        }
        #expect(flattened == items.flatMap(results))
    }

    @Test func joinedMovesEveryElementInOrderAndEmptiesTheParts() {
        var parts = [["a", "b"], [], ["c"], ["d", "e", "f"]].map {
            $0.map { "\($0) stored out of line, past fifteen bytes" }
        }
        let expected = parts.flatMap { $0 }
        #expect(ParallelMap.joined(&parts, placeholder: "") == expected)
        #expect(parts.isEmpty)
        var single = [["only"]]
        #expect(ParallelMap.joined(&single, placeholder: "") == ["only"])
        var none: [[String]] = []
        #expect(ParallelMap.joined(&none, placeholder: "").isEmpty)
        // Enough elements to be moved on every core, one task per part, in parts of many sizes (empty ones too).
        let sizes = [0, 1, 511, 512, 513, 5_000, 0, 17, 9_999, 2]
        var large = sizes.enumerated().map { part, size in
            (0..<size).map { "part \(part) element \($0), stored out of line" }
        }
        let largeExpected = large.flatMap { $0 }
        #expect(largeExpected.count >= ParallelMap.parallelJoinSize)
        #expect(ParallelMap.joined(&large, placeholder: "") == largeExpected)
        #expect(large.isEmpty)
    }

    @Test(arguments: [0, 1, 3, 2_048, 5_000, 20_011])
    func updateInPlaceUpdatesEveryItemOnce(count: Int) {
        var items = (0..<count).map { "item \($0)" }
        ParallelMap.updateInPlace(&items, minimumChunk: 100) { $0 += " updated" }
        #expect(items == (0..<count).map { "item \($0) updated" })
    }

    /// Each chunk is one contiguous run of the list, in order, handed over whole: an update may carry what it found
    /// from one item to the next. Here each item gets its position within its chunk and the chunk's first item.
    @Test(arguments: [0, 1, 3, 2_048, 5_000, 20_011])
    func updateChunksInPlaceHandsOverContiguousRunsInOrder(count: Int) {
        var items = (0..<count).map { (value: $0, chunkStart: -1, positionInChunk: -1) }
        ParallelMap.updateChunksInPlace(&items, minimumChunk: 100) { chunk in
            var first: Int?
            for index in chunk.indices {
                first = first ?? chunk[index].value
                chunk[index].chunkStart = first ?? -1
                chunk[index].positionInChunk = index
            }
        }
        let ranges = ParallelMap.chunkRanges(count: count, minimumChunk: 100)
        #expect(items.map(\.value) == Array(0..<count))
        for range in ranges {
            #expect(items[range].allSatisfy { $0.chunkStart == range.lowerBound }, "\(range)")
            #expect(items[range].map(\.positionInChunk) == Array(0..<range.count), "\(range)")
        }
        #expect(ranges.map(\.count).reduce(0, +) == count)
    }

    @Test func indicesRunsEveryIndexOnce() {
        let squares = ParallelMap.indices(10_000) { $0 * $0 }
        #expect(squares == (0..<10_000).map { $0 * $0 })
        #expect(ParallelMap.indices(0) { $0 }.isEmpty)
        #expect(ParallelMap.indices(1) { $0 + 41 } == [41])
    }

    @Test(arguments: [0, 1, 2, 5, 64])
    func twoStagesRunsEachStageOnceAndKeepsOrder(count: Int) {
        let firstRuns = LockedLog<Int>()
        let results = ParallelMap.twoStages(
            count,
            first: { index in
                firstRuns.note(index)
                return "built \(index)"
            },
            second: { index, built in "\(built), checked \(index)" }
        )
        #expect(results == (0..<count).map { "built \($0), checked \($0)" })
        #expect(firstRuns.all.sorted() == Array(0..<count))
    }
}
