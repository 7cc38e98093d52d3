import Foundation
import TierwiseJSON

/// Large catalogs: the `use_cases` elements parsed and decoded in parallel chunks.
extension CatalogDecoder {
    // MARK: - Parallel decoding

    /// Catalogs at least this large (4 MiB) are parsed and decoded element by element on all cores.
    static let parallelThresholdBytes = 4 * 1024 * 1024

    /// The result of decoding, before it becomes a catalog or an error.
    struct Outcome {
        var catalog: Catalog?
        var issues: IssueList
        var warnings: IssueList

        func get(path: String) throws(CatalogError) -> LoadedCatalog {
            if let catalog, issues.isEmpty {
                return LoadedCatalog(catalog: catalog, warnings: warnings.shown, warningCount: warnings.totalCount)
            }
            throw .invalid(path: path, issues: issues.shown, totalCount: issues.totalCount)
        }
    }

    /// Decodes with the `use_cases` elements parsed in parallel; nil when the
    /// document's structure is not the expected one or any part fails to
    /// parse, so that the sequential parser reports the error.
    func decodeInParallel(_ bytes: [UInt8]) -> Outcome? {
        guard let location = JSONArrayLocator.locate(member: "use_cases", in: bytes) else { return nil }
        var rest = Array(bytes[..<location.array.lowerBound])
        rest.append(contentsOf: "[]".utf8)
        rest.append(contentsOf: bytes[location.array.upperBound...])
        guard let root = try? JSONParser.parse(rest) else { return nil }
        // A second top-level "use_cases" (or any duplicate the locator did not
        // take out) is left to the sequential path, so both paths report it alike.
        guard case .object(let members) = root, members.filter({ $0.key == "use_cases" }).count == 1 else { return nil }
        var decoder = self
        guard let catalog = decoder.decodeCatalog(root, elementSource: ElementSource(bytes: bytes, ranges: location.elements))
        else { return nil }
        return Outcome(catalog: catalog, issues: decoder.issues, warnings: decoder.warnings)
    }

    /// Where the use case elements come from when not from the parsed tree.
    struct ElementSource: Sendable {
        var bytes: [UInt8]
        var ranges: [Range<Int>]
    }

    /// One use case element decoded on its own.
    struct DecodedElement: Sendable {
        var useCase: UseCase?
        var issues: IssueList
        var warnings: IssueList
    }

    /// Decodes elements in parallel chunks, in order; nil when one fails to parse.
    func decodeElements(
        count: Int, defaults: CatalogDefaults, value: @escaping @Sendable (Int) -> JSONValue?
    ) -> [DecodedElement]? {
        let chunks: [[DecodedElement]?] = ParallelChunks.map(Array(0..<count)) { indexes in
            var decoded: [DecodedElement] = []
            decoded.reserveCapacity(indexes.count)
            // Past the limit a chunk only counts: its first problems are all
            // the merged list can keep, and memory stays bounded.
            var keptIssues = 0, keptWarnings = 0
            for index in indexes {
                guard let element = value(index) else { return nil }
                var decoder = CatalogDecoder(commandOverrides: commandOverrides, maximumSizeBytes: maximumSizeBytes)
                let useCase = decoder.decodeUseCase(element, path: "use_cases[\(index)]", defaults: defaults)
                let issues = keptIssues >= IssueList.defaultLimit ? decoder.issues.countedOnly() : decoder.issues
                let warnings = keptWarnings >= IssueList.defaultLimit ? decoder.warnings.countedOnly() : decoder.warnings
                keptIssues += issues.shown.count
                keptWarnings += warnings.shown.count
                decoded.append(DecodedElement(useCase: useCase, issues: issues, warnings: warnings))
            }
            return decoded
        }
        var all: [DecodedElement] = []
        all.reserveCapacity(count)
        for chunk in chunks {
            guard let chunk else { return nil }
            all.append(contentsOf: chunk)
        }
        return all
    }
}
