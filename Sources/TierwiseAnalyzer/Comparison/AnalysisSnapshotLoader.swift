import TierwiseModel

/// Reads BASE or HEAD of a comparison: a catalog (analyzed here, tierwise
/// model) or a saved `tierwise analyze --format json` (read back), told
/// apart by shape: a saved analysis has a top-level `format_version`.
public enum AnalysisSnapshotLoader {
    /// Why a comparison input could not be used.
    public enum LoadError: Error, Sendable, CustomStringConvertible {
        /// A catalog that could not be read or decoded, its problems located.
        case catalog(CatalogError, located: [LocatedIssue])
        /// A saved analysis that could not be read back.
        case savedAnalysis(LocatedInputError)

        /// One line per problem, `FILE: PATH: message (line L, column C)` where there is a place.
        public var description: String {
            switch self {
            case .catalog(let error, let located):
                guard case .invalid(let path, _, let total) = error else { return error.description }
                var lines = located.map {
                    "\(path): \($0.location.jsonPath): \($0.message) (line \($0.location.line), column \($0.location.column))"
                }
                if total > located.count { lines.append("\(path): … and \(total - located.count) more problems, \(total) in all") }
                return lines.joined(separator: "\n")
            case .savedAnalysis(let error): return error.description
            }
        }
    }

    /// The snapshot of the file at `path`.
    public static func load(path: String) throws(LoadError) -> AnalysisSnapshot {
        let bytes: [UInt8]
        do {
            bytes = try CatalogDecoder().readBytes(path: path)
        } catch {
            throw .catalog(error, located: [])
        }
        if SavedAnalysisDecoder.isSavedAnalysis(bytes) {
            do { return try SavedAnalysisDecoder().decode(bytes, path: path) } catch { throw .savedAnalysis(error) }
        }
        do {
            let loaded = try CatalogDecoder().decode(bytes, path: path)
            return AnalysisSnapshotBuilder.snapshot(of: loaded.catalog, file: path)
        } catch {
            var map = CatalogSourceMap(file: path, bytes: bytes)
            throw .catalog(error, located: map.located(error))
        }
    }
}
