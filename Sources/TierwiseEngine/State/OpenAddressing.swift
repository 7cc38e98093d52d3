/// The smallest power of two of at least 16 that holds `count` entries at half load.
func hashTableSize(for count: Int) -> Int {
    var size = 16
    while size < count * 2 { size <<= 1 }
    return size
}
