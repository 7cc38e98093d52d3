extension IDSet {
    /// How an ``IDSet`` holds its ids: as a bitmap while they are dense, as a
    /// hash set once they prove sparse (a one-way switch).
    enum Representation: Sendable {
        /// Blocks of 512 ids, one bit each.
        case bitmap(IDBitmap)
        /// Open addressing with linear probing, the ids themselves as keys.
        case hashed(OpenAddressingSlots<UInt64>)
    }
}
