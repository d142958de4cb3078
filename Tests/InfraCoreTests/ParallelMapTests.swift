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

    @Test(arguments: [0, 1, 3, 100, 5_000, 20_011])
    func chunkedIsMapInOrder(count: Int) {
        let items = (0..<count).map { "item \($0)" }
        let transform: @Sendable (String) -> [Int] = { text in Array(text.utf8.map(Int.init).prefix(3)) + [text.count] }
        #expect(ParallelMap.chunked(items, minimumChunk: 100, transform) == items.map(transform))
    }

    @Test func indicesRunsEveryIndexOnce() {
        let squares = ParallelMap.indices(10_000) { $0 * $0 }
        #expect(squares == (0..<10_000).map { $0 * $0 })
        #expect(ParallelMap.indices(0) { $0 }.isEmpty)
        #expect(ParallelMap.indices(1) { $0 + 41 } == [41])
    }
}
