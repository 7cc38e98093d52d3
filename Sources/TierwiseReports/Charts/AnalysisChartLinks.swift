/// Where the charts of `analyze --charts DIR` are, for the Markdown report's links.
public struct AnalysisChartLinks: Sendable, Equatable {
    /// One use case's chart.
    public struct UseCaseChart: Sendable, Equatable {
        /// The use case's name.
        public var name: String
        /// The chart's file name in the directory.
        public var fileName: String

        /// Creates a `UseCaseChart`.
        public init(name: String, fileName: String) {
            self.name = name
            self.fileName = fileName
        }
    }

    /// The directory as a link goes to it: relative to the report, or as given.
    public var directory: String
    /// The use cases with a chart, in catalog order.
    public var useCases: [UseCaseChart]
    /// How many use cases the catalog has (more than ``useCases`` when the limit cut them).
    public var useCaseCount: Int

    /// Creates an `AnalysisChartLinks`.
    public init(directory: String, useCases: [UseCaseChart], useCaseCount: Int) {
        self.directory = directory
        self.useCases = useCases
        self.useCaseCount = useCaseCount
    }

    /// The link target of `fileName`: the directory, a `/`, the name,
    /// percent-encoded except for ASCII letters, digits and `-._~/`.
    ///
    ///     AnalysisChartLinks(directory: "my charts", useCases: [], useCaseCount: 0).target("portfolio.svg")
    ///     // "my%20charts/portfolio.svg"
    public func target(_ fileName: String) -> String {
        let path = directory.isEmpty || directory == "." ? fileName
            : (directory.hasSuffix("/") ? directory : directory + "/") + fileName
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(digits[Int(byte >> 4)])
                out.unicodeScalars.append(digits[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
