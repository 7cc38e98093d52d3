import Foundation
import TierwiseJSON
import TierwisePlatform

/// Where a command writes: data to standard output, diagnostics and progress
/// to standard error. Tests pass a capturing implementation.
public protocol Console: AnyObject {
    /// Writes data (a report, as UTF-8) to standard output.
    func writeOutput(_ bytes: [UInt8])
    /// Writes a diagnostic or progress line to standard error.
    func writeError(_ text: String)
    /// Why standard output could not be written (the first failure), or nil.
    /// Once set, later output is dropped; the command line turns it into
    /// exit status 3.
    var outputFailure: String? { get }
}

extension Console {
    /// Writes text to standard output.
    public func writeOutput(_ text: String) { writeOutput(Array(text.utf8)) }
}

/// The process's real standard output and error.
///
/// A failed write to standard output (a full disk, a closed descriptor,
/// `/dev/full`) is remembered in ``outputFailure``. Failures on standard
/// error are ignored: there is nowhere left to report them, and
/// `FileHandle.write` would trap on them.
public final class StandardConsole: Console {
    /// Why standard output could not be written, or nil.
    public private(set) var outputFailure: String?
    private let outputDescriptor: Int32
    private let errorDescriptor: Int32

    /// The process's standard output and standard error.
    public convenience init() {
        self.init(outputDescriptor: STDOUT_FILENO, errorDescriptor: STDERR_FILENO)
    }

    /// Other descriptors in their place (tests use `/dev/full`);
    /// `outputIsClosed` when the caller closed standard output, so the first
    /// write fails with that reason instead of reaching a placeholder.
    init(outputDescriptor: Int32, errorDescriptor: Int32, outputIsClosed: Bool = false) {
        self.outputDescriptor = outputDescriptor
        self.errorDescriptor = errorDescriptor
        self.outputIsClosed = outputIsClosed
    }

    private let outputIsClosed: Bool

    /// Writes report bytes to standard output, unless an earlier write failed.
    public func writeOutput(_ bytes: [UInt8]) {
        guard outputFailure == nil else { return }
        if outputIsClosed {
            outputFailure = "it is closed"
            return
        }
        if let failure = FileDescriptorIO.writeAll(bytes, to: outputDescriptor) {
            outputFailure = String(cString: strerror(failure))
        }
    }

    /// Writes a diagnostic to standard error; a failure there is ignored.
    /// Every control or bidi character but the line breaks is written as a
    /// visible escape: diagnostics repeat file names and option values, and a
    /// name like `$'x\e[31m.json'` must not drive the reader's terminal.
    public func writeError(_ text: String) {
        let visible = VisibleText.isPlain(text) ? text
            : text.split(separator: "\n", omittingEmptySubsequences: false).map { VisibleText.escaped(String($0)) }
                .joined(separator: "\n")
        _ = FileDescriptorIO.writeAll(Array(visible.utf8), to: errorDescriptor)
    }
}

/// A console that keeps everything written, for tests and embedding.
public final class CapturingConsole: Console {
    /// Everything written to standard output.
    public private(set) var output = ""
    /// Everything written to standard error.
    public private(set) var error = ""
    /// Always nil: capturing cannot fail.
    public var outputFailure: String? { nil }

    /// Creates a `CapturingConsole` from its parts.
    public init() {}

    /// Writes report bytes to standard output.
    public func writeOutput(_ bytes: [UInt8]) { output += String(decoding: bytes, as: UTF8.self) }
    /// Writes a diagnostic to standard error.
    public func writeError(_ text: String) { error += text }
}
