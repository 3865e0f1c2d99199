import Glibc

/// The reader's work behind the screen — reading the rest of the versions, making the engine
/// and linking — runs at a lower priority than the loop that answers keys: when every core
/// is busy (two cores, two versions loading, linking), a key still gets a core at once
/// instead of waiting its turn behind them. Only the order changes: with a core to spare,
/// the background runs as fast as before.
enum BackgroundPriority {
    /// The nice value background threads take (0 is the default, 19 the lowest priority).
    static let niceness: Int32 = 10

    /// Lowers the priority of the calling thread (on Linux a nice value belongs to a thread,
    /// and threads it starts inherit it). Called first thing on the reader's background
    /// tasks; the shared pool's threads stay lowered, which suits them, as everything the
    /// reader runs there is background work. A lower priority can always be taken, so
    /// this cannot fail for want of privileges.
    static func lowerCurrentThread() {
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
    }
}
