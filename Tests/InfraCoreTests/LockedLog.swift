import Dispatch

/// Values noted from any thread, in the order they were noted: which indices a parallel stage ran, and where.
final class LockedLog<Element: Sendable>: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var elements: [Element] = []

    func note(_ element: Element) {
        lock.wait()
        elements.append(element)
        lock.signal()
    }

    var all: [Element] {
        lock.wait()
        defer { lock.signal() }
        return elements
    }
}
