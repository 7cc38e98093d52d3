extension IDSet {
    /// Which form an ``IDSet`` holds its ids in: a bitmap (``IDBitmap``)
    /// while they are dense, hashed slots (``OpenAddressingSlots``) once they
    /// prove sparse; a one-way switch.
    ///
    /// The forms are stored side by side in the set, the unused one empty
    /// and owning no storage, rather than as payloads of this enum: Swift
    /// cannot mutate an enum's payload in place, so every insertion would copy
    /// the payload out and back (five array references retained and
    /// released), which measured twice as slow on the streaming benchmark.
    enum Representation: Sendable {
        /// Blocks of 512 ids, one bit each.
        case bitmap
        /// Open addressing with linear probing, the ids themselves as keys.
        case hashed
    }
}
