// The buffer the Markdown renderer writes into. An array's append checks that its storage is not
// shared and goes through the generic sequence machinery: about a hundred instructions for the
// few bytes of a prefix, a delimiter or the run between two escapes, which add up on pages of
// short texts. This buffer is noncopyable (nothing can share it), so an append is a capacity
// check and a copy.

/// A growable byte buffer in one allocation that only it can reach.
struct ByteBuffer: ~Copyable {
    /// The allocation: `capacity` bytes, the first `count` written.
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    private(set) var count = 0

    /// Creates an empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// The last byte written, if any.
    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    /// The byte at `index`, which must be below `count`.
    subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "ByteBuffer index out of range")
        return base[index]
    }

    /// The bytes written, as an array.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    // MARK: - Writing

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let added = bytes.count
        if added > capacity - count { grow(toHold: count + added) }
        // Safe: `count + added <= capacity` now, and `source` is not in this allocation (no
        // one else can reach it). Bytes need no deinitialising: a written one is overwritten.
        Self.copy(from: source, to: base + count, count: added)
        count += added
    }

    /// Copies `count` bytes between two regions that do not overlap.
    @inline(__always)
    static func copy(from source: UnsafePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>, count: Int) {
        if count <= 16 {
            copySmall(from: UnsafeRawPointer(source), to: UnsafeMutableRawPointer(destination), count: count)
        } else {
            // Bytes need no deinitialising: initialising over written ones is fine.
            destination.initialize(from: source, count: count)
        }
    }

    /// Copies up to 16 bytes without a call: most appends are that short (a prefix, a
    /// delimiter, the run between two escapes), and a call to the C library's copy costs more
    /// than the copy. Two overlapping words (or halves, or bytes) cover any count; every read
    /// and write lies within the `count` bytes at either end.
    @inline(__always)
    private static func copySmall(from source: UnsafeRawPointer, to destination: UnsafeMutableRawPointer, count: Int) {
        if count >= 8 {
            let head = source.loadUnaligned(as: UInt64.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            destination.storeBytes(of: head, as: UInt64.self)
            destination.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            destination.storeBytes(of: head, as: UInt32.self)
            destination.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else if count > 0 {
            // One to three bytes: the first, the middle and the last (some the same).
            let first = source.load(as: UInt8.self)
            let middle = source.load(fromByteOffset: count / 2, as: UInt8.self)
            let last = source.load(fromByteOffset: count - 1, as: UInt8.self)
            destination.storeBytes(of: first, as: UInt8.self)
            destination.storeBytes(of: middle, toByteOffset: count / 2, as: UInt8.self)
            destination.storeBytes(of: last, toByteOffset: count - 1, as: UInt8.self)
        }
    }

    /// Appends a sequence's bytes: in one copy when it lends contiguous storage (a string's
    /// UTF-8, an array slice), else one by one (``append(repeating:count:)`` fills a run).
    @inline(__always)
    mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) != nil { return }
        let expected = bytes.underestimatedCount
        if expected > capacity - count { grow(toHold: count + expected) }
        for byte in bytes { append(byte) }
    }

    /// Appends `byte` `repetitions` times.
    mutating func append(repeating byte: UInt8, count repetitions: Int) {
        guard repetitions > 0 else { return }
        if repetitions > capacity - count { grow(toHold: count + repetitions) }
        // Safe: `count + repetitions <= capacity` now.
        (base + count).initialize(repeating: byte, count: repetitions)
        count += repetitions
    }

    mutating func insert(_ byte: UInt8, at index: Int) {
        precondition(index >= 0 && index <= count, "ByteBuffer index out of range")
        if count == capacity { grow(toHold: count + 1) }
        // Safe: the moved bytes end at `count + 1 <= capacity` (`update` handles the overlap).
        (base + index + 1).update(from: base + index, count: count - index)
        base[index] = byte
        count += 1
    }

    mutating func removeLast() {
        precondition(count > 0, "ByteBuffer is empty")
        count -= 1
    }

    /// Removes the bytes from `index` on.
    mutating func removeAll(from index: Int) {
        precondition(index >= 0 && index <= count, "ByteBuffer index out of range")
        count = index
    }

    /// Moves the bytes to an allocation of at least `needed` bytes (at least twice the old:
    /// appending stays linear).
    @inline(never)
    private mutating func grow(toHold needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        // Safe: both allocations hold at least `count` bytes.
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    // MARK: - Reading

    /// Calls `body` with the bytes written.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Calls `body` with the bytes written, to change them in place.
    mutating func withUnsafeMutableBufferPointer<Result>(
        _ body: (UnsafeMutableBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        try body(UnsafeMutableBufferPointer(start: base, count: count))
    }
}
