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

/// `parallelMap` for work that can fail: every element is tried, and each gives its value
/// or its error. `values()` then reads them as a loop in order would have: the first error
/// thrown.
public func parallelResults<Element: Sendable, Value: Sendable, Failure: Error>(
    _ elements: [Element], _ transform: @Sendable (Element) throws(Failure) -> Value
) -> [Result<Value, Failure>] where Failure: Sendable {
    parallelMap(elements) { element in Result { () throws(Failure) -> Value in try transform(element) } }
}

extension Array {
    /// The values of `parallelResults`, or its first error in element order.
    public func values<Value, Failure>() throws(Failure) -> [Value] where Element == Result<Value, Failure> {
        var values: [Value] = []
        values.reserveCapacity(count)
        for result in self { values.append(try result.get()) }
        return values
    }
}
