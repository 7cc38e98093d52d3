import Foundation
import TierwiseModel
import TierwisePlatform

/// The tierwise command line: picks the subcommand, parses its arguments and
/// runs it. Holds no domain logic.
public enum TierwiseCommandLine {
    /// The version printed by `--version`.
    public static let version = ToolVersion.current

    static let commands: [any Command.Type] = [
        AnalyzeCommand.self, CheckCommand.self, DiffCommand.self, CostsCommand.self, BreakEvenCommand.self, GenerateCatalogCommand.self,
        ReplayCommand.self, BenchCommand.self, SweepCommand.self, ThresholdsCommand.self,
        UncertaintyCommand.self,
        SimulateCommand.self, CalibrateCommand.self,
    ]

    /// The process entry point: installs the interrupt handlers that remove
    /// temporary files (see ``CleanupRegistry``), runs the process's
    /// arguments with the real console and exits with the status.
    public static func main() -> Never {
        // A standard output or error closed by the caller (`>&-`) is held open
        // on /dev/null, or the next descriptor the process opens (Dispatch's
        // own) would take its number and receive the report. Output to a
        // closed standard output still fails, with that reason (exit 3).
        let outputClosed = FileDescriptorIO.holdOpenIfClosed(STDOUT_FILENO)
        _ = FileDescriptorIO.holdOpenIfClosed(STDERR_FILENO)
        CleanupRegistry.shared.installSignalHandlers()
        let console = StandardConsole(
            outputDescriptor: STDOUT_FILENO, errorDescriptor: STDERR_FILENO, outputIsClosed: outputClosed)
        let status = run(Array(CommandLine.arguments.dropFirst()), console: console)
        // Interrupted: the handler is removing files and will end the process
        // with the signal; exiting here first would report the wrong cause.
        while CleanupRegistry.shared.interruptingSignal != nil { ProcessSignals.waitForSignal() }
        exit(status)
    }

    /// Runs `arguments` (without the program name) and returns the exit
    /// status. Output that could not be written to standard output turns any
    /// status into 3, with a message, whatever the command was.
    public static func run(_ arguments: [String], console: Console) -> Int32 {
        let status = dispatch(arguments, console: console)
        if let failure = console.outputFailure, status != ExitStatus.ioFailure {
            console.writeError("tierwise: cannot write to standard output: \(failure)\n")
            return ExitStatus.ioFailure
        }
        return status
    }

    private static func dispatch(_ arguments: [String], console: Console) -> Int32 {
        guard let first = arguments.first else {
            console.writeError(overview)
            return ExitStatus.badInput
        }
        switch first {
        case "--help", "-h", "help":
            if first == "help", arguments.count > 1, let command = command(named: arguments[1]) {
                console.writeOutput(command.spec.help)
            } else {
                console.writeOutput(overview)
            }
            return ExitStatus.success
        case "--version":
            console.writeOutput("tierwise \(version)\n")
            return ExitStatus.success
        default:
            break
        }
        guard let command = command(named: first) else {
            let error = UsageError(command: "", message: "unknown command '\(first)'")
            console.writeError(error.description + "\n")
            return ExitStatus.badInput
        }
        do {
            let parsed = try ParsedArguments.parse(Array(arguments.dropFirst()), spec: command.spec)
            if parsed.wantsHelp {
                console.writeOutput(command.spec.help)
                return ExitStatus.success
            }
            return try command.run(parsed, console: console)
        } catch {
            console.writeError(error.description + "\n")
            return ExitStatus.badInput
        }
    }

    private static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.spec.name == name }
    }

    /// The top-level help.
    static var overview: String {
        var out = "tierwise \(version): decide, use case by use case, what must be real time and what can be batch.\n\n"
        out += "Usage: tierwise COMMAND [arguments] [options]\n\nCommands:\n"
        for command in commands {
            let name = command.spec.name
            out += "  " + name + String(repeating: " ", count: max(2, 18 - name.count)) + command.spec.abstract + "\n"
        }
        out += "\nRun 'tierwise COMMAND --help' for a command's arguments and options.\n"
        out += "  --help, -h        Show this help.\n  --version         Show the version.\n"
        return out
    }
}
