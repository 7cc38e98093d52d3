import Foundation
import TierwiseCLI

exit(TierwiseCommandLine.run(Array(CommandLine.arguments.dropFirst()), console: StandardConsole()))
