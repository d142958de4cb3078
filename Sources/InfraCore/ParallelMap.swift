import Dispatch

/// Work spread over the machine's cores, with the results in input order, so that the output of a parallel stage is
/// the same, byte for byte, as the output of the serial loop it replaces.
public enum ParallelMap {
    /// `(0..<count).map(transform)`, run on every core. `transform` must not depend on the order of the calls.
    public static func indices<Result: Sendable>(
        _ count: Int,
        _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        guard count > 1 else { return (0..<count).map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            // Each iteration initialises its own slot, so no two threads touch the same memory; `SharedIterations.run`
            // returns only when every iteration is done.
            SharedIterations.run(count) { index in
                slots.base.advanced(by: index).initialize(to: transform(index))
            }
            initialized = count
        }
    }

    /// `(0..<count).map { second($0, first($0)) }`, with every item's two stages run on every core as separate
    /// tasks, first stages before second ones: five items on two cores, run whole, leave one core idle while the
    /// fifth runs alone; in two stages, the idle core takes the other items' second stages meanwhile.
    ///
    /// An item's second stage waits for its first when that is running on another thread, and runs it itself when no
    /// thread has claimed it yet, so no order of claiming can leave every thread waiting.
    public static func twoStages<Middle: Sendable, Result: Sendable>(
        _ count: Int,
        first: @Sendable (Int) -> Middle,
        second: @Sendable (Int, Middle) -> Result
    ) -> [Result] {
        guard count > 1 else { return (0..<count).map { second($0, first($0)) } }
        let firstStages = (0..<count).map { _ in ClaimedTask<Middle>() }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: 2 * count) { job in
                // The items keep the cores busy; their own parallel parts stay on the item's thread.
                SharedIterations.$postsHelpers.withValue(false) {
                    if job < count {
                        firstStages[job].runUnlessClaimed { first(job) }
                    } else {
                        let index = job - count
                        let middle = firstStages[index].result { first(index) }
                        slots.base.advanced(by: index).initialize(to: second(index, middle))
                    }
                }
            }
            initialized = count
        }
    }

    /// `items.map(transform)` in chunks of `minimumChunk` items or more (`chunkRanges`), one task each, concatenated in
    /// order. Small inputs (one chunk) run on the calling thread, since a thread hop would cost more than the work.
    public static func chunked<Item: Sendable, Result: Sendable>(
        _ items: [Item],
        minimumChunk: Int,
        _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let chunks = chunkRanges(count: items.count, minimumChunk: minimumChunk)
        guard chunks.count > 1 else { return items.map(transform) }
        // Each chunk writes its results straight into their places in the result: no per-chunk arrays whose
        // elements would be copied (retaining everything they hold) and then released again.
        return [Result](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            SharedIterations.run(chunks.count) { chunk in
                for index in chunks[chunk] { slots.base.advanced(by: index).initialize(to: transform(items[index])) }
            }
            initialized = items.count
        }
    }

    /// `items.flatMap(transform)` in chunks as `chunked` cuts them, where `transform` appends an item's results to
    /// the chunk's list rather than returning a list of its own; the chunks' lists are joined by `joined`.
    public static func chunkedFlatMap<Item: Sendable, Result: Sendable>(
        _ items: [Item],
        minimumChunk: Int,
        placeholder: Result,
        _ transform: @Sendable (Item, inout [Result]) -> Void
    ) -> [Result] {
        let chunks = chunkRanges(count: items.count, minimumChunk: minimumChunk)
        var parts = indices(chunks.count) { chunk in
            var results: [Result] = []
            for index in chunks[chunk] { transform(items[index], &results) }
            return results
        }
        return joined(&parts, placeholder: placeholder)
    }

    /// `parts.flatMap { $0 }`, moving each element rather than copying it: each is swapped with `placeholder`, which
    /// should hold nothing that needs releasing (empty strings, `nil`s). Copying 100,000 findings retained and then
    /// released each of their strings, on one thread.
    ///
    /// From `parallelJoinSize` elements on, the parts are moved into their places side by side, one task per part,
    /// each in one move; their emptied slots get the placeholder, so a part still holds initialized elements when it
    /// is freed.
    public static func joined<Element: Sendable>(_ parts: inout [[Element]], placeholder: Element) -> [Element] {
        if parts.count == 1 { return parts.removeLast() }
        let count = parts.reduce(0) { $0 + $1.count }
        guard count >= parallelJoinSize else {
            var joined = [Element](repeating: placeholder, count: count)
            var position = 0
            for part in parts.indices {
                for index in parts[part].indices {
                    swap(&joined[position], &parts[part][index])
                    position += 1
                }
            }
            parts = []
            return joined
        }
        let starts = parts.reduce(into: [0]) { starts, part in starts.append(starts[starts.count - 1] + part.count) }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            let destination = Slots(base: buffer.baseAddress!)
            parts.withUnsafeMutableBufferPointer { partsBuffer in
                // Each task touches one part of its own, through the buffer: no two reach the same array.
                let source = Slots(base: partsBuffer.baseAddress!)
                SharedIterations.run(partsBuffer.count) { part in
                    source.base[part].withUnsafeMutableBufferPointer { elements in
                        guard let base = elements.baseAddress else { return }
                        (destination.base + starts[part]).moveInitialize(from: base, count: elements.count)
                        base.initialize(repeating: placeholder, count: elements.count)
                    }
                }
            }
            initialized = count
            parts = []
        }
    }

    /// The fewest elements `joined` moves on every core.
    static let parallelJoinSize = 16_384

    /// `update(&items[i])` for every item, in place, in chunks on every core: no item is copied.
    public static func updateInPlace<Item: Sendable>(
        _ items: inout [Item],
        minimumChunk: Int,
        _ update: @Sendable (inout Item) -> Void
    ) {
        updateChunksInPlace(&items, minimumChunk: minimumChunk) { chunk in
            for index in chunk.indices { update(&chunk[index]) }
        }
    }

    /// `update` on each chunk of the list (`chunkRanges`), in place, chunks on every core: for an update that
    /// carries something from one item to the next of its chunk, such as a lookup the items share.
    public static func updateChunksInPlace<Item: Sendable>(
        _ items: inout [Item],
        minimumChunk: Int,
        _ update: @Sendable (UnsafeMutableBufferPointer<Item>) -> Void
    ) {
        let chunks = chunkRanges(count: items.count, minimumChunk: minimumChunk)
        items.withUnsafeMutableBufferPointer { buffer in
            guard chunks.count > 1, let base = buffer.baseAddress else {
                update(buffer)
                return
            }
            let slots = Slots(base: base)
            SharedIterations.run(chunks.count) { chunk in
                update(
                    UnsafeMutableBufferPointer(start: slots.base + chunks[chunk].lowerBound, count: chunks[chunk].count)
                )
            }
        }
    }

    /// `items.sort()`, on every core: runs of the list are sorted side by side and then merged in rounds, each
    /// merge cut into pieces by where its output splits, so that no step runs on one thread alone. Elements are
    /// moved, never copied. Ties keep their order, as they do in `sort()`, so the result is the same list.
    ///
    /// Inlinable, so that a caller's module specializes it for its element type: unspecialized, every comparison and
    /// move goes through the type's witness tables, and sorting 12,000 findings took four times the instructions.
    @inlinable
    public static func sort<Element: Comparable & Sendable>(_ items: inout [Element], minimumRun: Int = 4096) {
        var runCount = 1
        while runCount < maximumSortRuns && items.count / (runCount * 2) >= minimumRun { runCount *= 2 }
        guard runCount > 1 else {
            items.sort()
            return
        }
        let count = items.count
        items.withUnsafeMutableBufferPointer { buffer in
            let scratch = UnsafeMutablePointer<Element>.allocate(capacity: count)
            defer { scratch.deallocate() }
            let sortedRuns = (0..<runCount).map { run in (run * count / runCount)..<((run + 1) * count / runCount) }
            let items = Slots(base: buffer.baseAddress!)
            SharedIterations.run(runCount) { run in
                let range = sortedRuns[run]
                var run = UnsafeMutableBufferPointer(start: items.base + range.lowerBound, count: range.count)
                run.sort()
            }
            var runs = sortedRuns
            var source = items
            var target = Slots(base: scratch)
            while runs.count > 1 {
                // Each pair of neighbouring runs becomes one; every merge is cut into as many pieces as there are
                // runs in all, so that the last merge (one pair) is still shared between the cores.
                let pairs = stride(from: 0, to: runs.count, by: 2).map { first in
                    (
                        first: runs[first],
                        second: first + 1 < runs.count
                            ? runs[first + 1] : runs[first].upperBound..<runs[first].upperBound
                    )
                }
                let piecesPerPair = max(1, maximumSortRuns / pairs.count)
                let (from, to) = (source, target)
                // Where each piece's output starts, and how much of it comes from the first run: found for every
                // piece before any element moves, so that each piece reads only the elements it moves.
                let cuts = pairs.map { first, second in
                    (0...piecesPerPair).map { piece in
                        let output = piece * (first.count + second.count) / piecesPerPair
                        return (
                            output: output,
                            fromFirst: firstRunShare(
                                of: output,
                                first: UnsafeBufferPointer(start: from.base + first.lowerBound, count: first.count),
                                second: UnsafeBufferPointer(start: from.base + second.lowerBound, count: second.count)
                            )
                        )
                    }
                }
                SharedIterations.run(pairs.count * piecesPerPair) { task in
                    let (pair, piece) = task.quotientAndRemainder(dividingBy: piecesPerPair)
                    let (first, second) = pairs[pair]
                    let (start, end) = (cuts[pair][piece], cuts[pair][piece + 1])
                    merge(
                        first: from.base + first.lowerBound,
                        start.fromFirst..<end.fromFirst,
                        second: from.base + second.lowerBound,
                        (start.output - start.fromFirst)..<(end.output - end.fromFirst),
                        into: to.base + first.lowerBound + start.output
                    )
                }
                runs = pairs.map { $0.first.lowerBound..<$0.second.upperBound }
                swap(&source, &target)
            }
            if source.base != items.base { items.base.moveInitialize(from: source.base, count: count) }
        }
    }

    /// How many of the first `outputs` elements of the stable merge of two sorted runs (ties take the first run's
    /// element first) come from `first`: a binary search, as each piece of a merge starts where this says.
    @inlinable
    static func firstRunShare<Element: Comparable>(
        of outputs: Int,
        first: UnsafeBufferPointer<Element>,
        second: UnsafeBufferPointer<Element>
    ) -> Int {
        var low = max(0, outputs - second.count)
        var high = min(outputs, first.count)
        while low < high {
            let middle = (low + high) / 2
            // first[middle] is among the first `outputs` unless the second run's element before its share beats it.
            if !(second[outputs - middle - 1] < first[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Moves the stable merge of `first[firstRange]` and `second[secondRange]` (ties take `first`'s element first)
    /// to `output`.
    @inlinable
    static func merge<Element: Comparable>(
        first: UnsafeMutablePointer<Element>,
        _ firstRange: Range<Int>,
        second: UnsafeMutablePointer<Element>,
        _ secondRange: Range<Int>,
        into output: UnsafeMutablePointer<Element>
    ) {
        var (firstIndex, secondIndex) = (firstRange.lowerBound, secondRange.lowerBound)
        var position = output
        while firstIndex < firstRange.upperBound || secondIndex < secondRange.upperBound {
            if secondIndex < secondRange.upperBound
                && (firstIndex == firstRange.upperBound || second[secondIndex] < first[firstIndex])
            {
                position.moveInitialize(from: second + secondIndex, count: 1)
                secondIndex += 1
            } else {
                position.moveInitialize(from: first + firstIndex, count: 1)
                firstIndex += 1
            }
            position += 1
        }
    }

    /// The most runs `sort` cuts a list into: enough to keep eight cores busy; each round of merging moves every
    /// element once.
    @usableFromInline
    static let maximumSortRuns = 8

    /// `0..<count` cut into consecutive ranges, none but the last shorter than `minimumChunk` (one range when there
    /// are fewer items than two chunks' worth), at most `maximumChunks` of them: enough that an uneven chunk does not
    /// leave the other cores idle, few enough that each is worth a task.
    public static func chunkRanges(count: Int, minimumChunk: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let wanted = max(1, min(count / max(1, minimumChunk), maximumChunks))
        let size = (count + wanted - 1) / wanted
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    static let maximumChunks = 64

    /// The result buffer, handed to the worker threads; each writes only its own slots.
    @usableFromInline
    struct Slots<Result>: @unchecked Sendable {
        @usableFromInline let base: UnsafeMutablePointer<Result>

        @inlinable init(base: UnsafeMutablePointer<Result>) {
            self.base = base
        }
    }
}
