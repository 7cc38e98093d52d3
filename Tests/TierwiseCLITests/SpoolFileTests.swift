import Foundation
import Testing
import TierwisePlatform

@Suite("Spool files: a report section held until the end")
struct SpoolFileTests {
    @Test("Bytes come back in order and whole, in memory and past the limit in a file that is never visible", arguments: [0, 5, 64, 1 << 20])
    func roundTrip(memoryLimit: Int) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let spool = SpoolFile(directory: directory.path, memoryLimit: memoryLimit)
        var expected: [UInt8] = []
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 3, 17, 40, 1000, 0, 2, (1 << 20) + 3] {
            let piece = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            spool.append(piece)
            expected += piece
        }
        #expect(spool.count == Int64(expected.count))
        // The file, when there is one, was unlinked as soon as it was made.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        var read: [UInt8] = []
        var largestPiece = 0
        #expect(spool.forEachPiece { piece in
            read += piece
            largestPiece = max(largestPiece, piece.count)
            return true
        })
        #expect(read == expected)
        #expect(largestPiece <= max(memoryLimit, 1 << 20))
        #expect(spool.failure == nil)
    }

    @Test("A directory that cannot hold the file is a failure naming it and the reason, and nothing is read back")
    func unwritableDirectory() {
        let spool = SpoolFile(directory: "/nonexistent-tierwise-spool", memoryLimit: 4)
        spool.append([1, 2, 3, 4, 5])
        #expect(spool.failure?.description
            == "cannot create a temporary file for the report in /nonexistent-tierwise-spool ($TMPDIR): No such file or directory")
        #expect(!spool.forEachPiece { _ in true })
    }

    @Test("A consumer that stops is not handed more")
    func stopping() {
        let spool = SpoolFile(memoryLimit: 2)
        spool.append([1, 2, 3])
        spool.append([4])
        var calls = 0
        #expect(!spool.forEachPiece { _ in calls += 1; return false })
        #expect(calls == 1)
    }
}
