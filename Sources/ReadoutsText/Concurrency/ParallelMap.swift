import Dispatch
import Synchronization

/// `map` over a small collection with one task per element on as many cores as there
/// are (fork-join: returns when every element is done). Results cross threads only through
/// a `Mutex`.
public func parallelMap<Element: Sendable, Result: Sendable>(_ elements: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
    let results = Mutex<[Result?]>(Array(repeating: nil, count: elements.count))
    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
        let result = transform(elements[index])
        results.withLock { $0[index] = result }
    }
    return results.withLock { $0.map { $0! } }
}
