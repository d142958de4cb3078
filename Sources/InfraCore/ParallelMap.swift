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
            // Each iteration initialises its own slot, so no two threads touch the same memory; concurrentPerform
            // returns only when every iteration is done.
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.base.advanced(by: index).initialize(to: transform(index))
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
            DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
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
    public static func joined<Element>(_ parts: inout [[Element]], placeholder: Element) -> [Element] {
        if parts.count == 1 { return parts.removeLast() }
        var joined = [Element](repeating: placeholder, count: parts.reduce(0) { $0 + $1.count })
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

    /// `update(&items[i])` for every item, in place, in chunks on every core: no item is copied.
    public static func updateInPlace<Item: Sendable>(
        _ items: inout [Item],
        minimumChunk: Int,
        _ update: @Sendable (inout Item) -> Void
    ) {
        let chunks = chunkRanges(count: items.count, minimumChunk: minimumChunk)
        items.withUnsafeMutableBufferPointer { buffer in
            guard chunks.count > 1, let base = buffer.baseAddress else {
                for index in buffer.indices { update(&buffer[index]) }
                return
            }
            let slots = Slots(base: base)
            DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
                for index in chunks[chunk] { update(&slots.base[index]) }
            }
        }
    }

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
    private struct Slots<Result>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Result>
    }
}
