// Finding where a paragraph may break, on demand: only the candidates near where a line fills
// are looked for, not every space of the paragraph.

extension MarkdownRenderer {
    /// Looks for the break candidates of a written paragraph under `--wrap=auto`: a soft
    /// break's space, and in text every space that is not next to another space, a tab or a
    /// line end (the candidates `findBreakCandidates()` lists), one at a time.
    struct BreakCandidateSearch {
        /// The output; a break made before a place looked at later turns a space into a line
        /// end, which leaves that place's answer as it was (both are breaking spaces).
        let bytes: UnsafeBufferPointer<UInt8>
        /// The paragraph's texts and soft breaks, in order.
        let regions: UnsafeBufferPointer<WrapRegion>
        /// The first region that may hold a candidate after the last place searched forward.
        private var regionIndex = 0

        init(bytes: UnsafeBufferPointer<UInt8>, regions: UnsafeBufferPointer<WrapRegion>) {
            self.bytes = bytes
            self.regions = regions
        }

        /// Whether the byte at `index`, in the text region `region`, is a candidate.
        private func isCandidate(_ index: Int, in region: WrapRegion) -> Bool {
            guard bytes[index] == 0x20 else { return false }
            let before = index > 0 ? bytes[index - 1] : 0x20
            let after = index + 1 < region.end ? bytes[index + 1] : region.nextByte
            return !MarkdownRenderer.isBreakingSpace(before) && !MarkdownRenderer.isBreakingSpace(after)
        }

        /// The first candidate after `position`, or `nil`. Positions searched after must not
        /// decrease from call to call.
        mutating func first(after position: Int) -> Int? {
            while regionIndex < regions.count {
                let region = regions[regionIndex]
                // A region ending at or before `position + 1` holds no place after `position`.
                if region.end > position + 1 {
                    if region.isSoftBreak { return region.start }
                    let found = ByteScan.first(0x20, in: bytes, from: Swift.max(position + 1, region.start), to: region.end) {
                        isCandidate($0, in: region)
                    }
                    if let found { return found }
                }
                regionIndex += 1
            }
            return nil
        }

        /// The last candidate from `lowest` to `limit`, where `lowest` is a candidate found by
        /// ``first(after:)`` (the last search forward).
        func last(atOrBefore limit: Int, notBefore lowest: Int) -> Int {
            // The last region starting at or before `limit`, from the one holding `lowest`.
            var index = regionIndex
            while index + 1 < regions.count, regions[index + 1].start <= limit { index += 1 }
            while index >= regionIndex {
                let region = regions[index]
                if region.isSoftBreak {
                    if region.start <= limit, region.start >= lowest { return region.start }
                } else {
                    var position = Swift.min(limit, region.end - 1)
                    while position >= Swift.max(lowest, region.start) {
                        if isCandidate(position, in: region) { return position }
                        position -= 1
                    }
                }
                index -= 1
            }
            return lowest
        }
    }
}
