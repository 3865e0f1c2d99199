import Foundation
import Glibc
import ReadoutsText
import Synchronization
import XCTest

/// `SecondCore` splits a job over two cores, and its worker never runs above the thread
/// that started it: the reader's linking lowers its own thread (`BackgroundPriority`, nice
/// 10) so that keys win the cores, and its second half must stay as low.
final class SecondCoreTests: XCTestCase {
    /// The nice value of the calling thread (on Linux a nice value is the thread's own).
    static func niceness() -> Int32 {
        getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
    }

    func testTheWorkerRunsNoHigherThanTheThreadThatStartedIt() throws {
        let seen = Mutex<(caller: Int32, worker: Int32?)>((0, nil))
        let done = DispatchSemaphore(value: 0)
        // A thread of its own, lowered as the reader's background thread lowers itself, and
        // ended after: the test process's other threads keep their priority.
        let thread = Thread {
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
            let other = SecondCore<Int32> { _ in SecondCoreTests.niceness() }
            let worker = other.join { _ in true }
            seen.withLock { $0 = (SecondCoreTests.niceness(), worker) }
            done.signal()
        }
        thread.start()
        done.wait()
        let (caller, worker) = seen.withLock { $0 }
        XCTAssertEqual(caller, 10)
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(worker), 10, "the worker's nice value")
    }

    func testTheWorkersResultIsJoined() {
        let other = SecondCore<Int> { report in report(0.5) ? 21 : nil }
        XCTAssertEqual(other.join { _ in true }.map { $0 * 2 }, 42)
    }
}
