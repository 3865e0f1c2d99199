import CMalloc

/// How the process asks glibc's malloc to hand memory back.
///
/// By default glibc raises its mmap threshold each time a large block is freed (up to
/// 32 MB), so later large arrays — the engine's tokens, scored pairs, postings, the
/// naming's scratch arrays — come from the heap, and freed ones stay resident there, and
/// per thread arena. Fixed at 128 KB, every large array is mapped on its own and unmapped
/// when freed: the peak is what is alive, not what was once. Linking 2 × 10 MB peaked at
/// 154 MB resident without it and 140 MB with it (time unchanged within noise).
public enum MallocPolicy {
    /// Call once at start-up, before the first large allocation.
    public static func returnLargeBlocks() {
        _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
    }

    /// Hands back to the system the free memory at the top of each heap and the free pages
    /// inside them. Small blocks freed by a phase (a worker thread's arena above all, which
    /// the calling thread never reuses) otherwise stay resident under the next phase's peak.
    public static func trim() {
        _ = malloc_trim(0)
    }
}
