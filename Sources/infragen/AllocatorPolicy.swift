#if canImport(Glibc)
    import Glibc
#endif

/// How the C allocator should serve a short-lived batch process: keep what it has rather than hand it back.
///
/// glibc's defaults suit a long-running server. Its heaps grow 128 KiB at a time (a worker thread's heap by an
/// `mprotect` call per step), large blocks get their own `mmap`, and the top of the heap is trimmed whenever a large
/// free leaves enough there, so a process that allocates, frees and allocates again asks the kernel for fresh,
/// zeroed pages each time. infragen runs for seconds at most and exits, which returns everything anyway. Linting
/// 100,000 resources made about 24,000 such calls; with the settings below it makes about a hundred. Only the
/// executable sets this; the libraries allocate as usual.
enum AllocatorPolicy {
    static func applyForBatchRun() {
        #if canImport(Glibc)
            // `mallopt` is in <malloc.h>, which the Glibc module does not import; it is looked up by name, and a C
            // library without it (not glibc) keeps its defaults.
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            // A user who tunes the allocator through the environment keeps those settings.
            let tuningVariables = [
                "GLIBC_TUNABLES", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_", "MALLOC_MMAP_THRESHOLD_",
            ]
            guard !tuningVariables.contains(where: { getenv($0) != nil }) else { return }
            guard let library = dlopen(nil, RTLD_NOW), let symbol = dlsym(library, "mallopt") else { return }
            let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
            // glibc's parameter numbers (<malloc.h>): M_TRIM_THRESHOLD -1, M_TOP_PAD -2, M_MMAP_THRESHOLD -3. Never
            // trim the top, grow a heap 64 MiB at a time, and serve every size from the heap. A refused setting
            // leaves that default in place and changes nothing else.
            _ = mallopt(-1, Int32.max)
            _ = mallopt(-2, 64 << 20)
            _ = mallopt(-3, Int32.max)
        #endif
    }
}
