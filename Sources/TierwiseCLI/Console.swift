import Foundation

/// Where a command writes: data to standard output, diagnostics and progress
/// to standard error. Tests pass a capturing implementation.
public protocol Console: AnyObject {
    /// Writes data (a report, as UTF-8) to standard output.
    func writeOutput(_ bytes: [UInt8])
    /// Writes a diagnostic or progress line to standard error.
    func writeError(_ text: String)
}

extension Console {
    /// Writes text to standard output.
    public func writeOutput(_ text: String) { writeOutput(Array(text.utf8)) }
}

/// The process's real standard output and error.
public final class StandardConsole: Console {
    /// Creates a `StandardConsole` from its parts.
    public init() {}

    /// Writes report bytes to standard output.
    public func writeOutput(_ bytes: [UInt8]) {
        _ = FileDescriptorWriter.writeAll(bytes, to: STDOUT_FILENO)
    }

    /// Writes a diagnostic to standard error.
    public func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// A console that keeps everything written, for tests and embedding.
public final class CapturingConsole: Console {
    /// Everything written to standard output.
    public private(set) var output = ""
    /// Everything written to standard error.
    public private(set) var error = ""

    /// Creates a `CapturingConsole` from its parts.
    public init() {}

    /// Writes report bytes to standard output.
    public func writeOutput(_ bytes: [UInt8]) { output += String(decoding: bytes, as: UTF8.self) }
    /// Writes a diagnostic to standard error.
    public func writeError(_ text: String) { error += text }
}
