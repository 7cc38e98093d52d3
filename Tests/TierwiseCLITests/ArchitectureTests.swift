import Foundation
import Testing

/// Keeps the modules' dependency direction one way, as Package.swift's
/// comment and the README's layout table describe it: each module may import
/// only the modules listed here, and Package.swift declares exactly the
/// modules each one imports.
@Suite("Architecture")
struct ArchitectureTests {
    /// The allowed imports of each module under Sources/ (the target of issue 8).
    static let allowed: [String: Set<String>] = [
        "TierwisePlatform": [],
        "TierwiseJSON": [],
        "TierwiseEngine": ["TierwisePlatform"],
        "TierwiseModel": ["TierwiseJSON", "TierwisePlatform"],
        "TierwiseAnalyzer": ["TierwiseModel"],
        "TierwiseReports": ["TierwiseModel", "TierwiseJSON"],
        "TierwiseReplay": ["TierwiseModel", "TierwiseEngine", "TierwiseJSON", "TierwisePlatform"],
        "TierwiseSimulator": ["TierwiseModel", "TierwiseAnalyzer", "TierwiseEngine", "TierwisePlatform"],
        "TierwiseCLI": [
            "TierwiseJSON", "TierwiseModel", "TierwiseAnalyzer", "TierwiseReplay", "TierwiseSimulator", "TierwiseReports", "TierwisePlatform",
        ],
        "tierwise": ["TierwiseCLI"],
        "TierwiseCrashWorker": ["TierwiseEngine", "TierwisePlatform"],
    ]

    /// The `import Tierwise…` lines of every Swift file under Sources/MODULE.
    static func imports(of module: String) throws -> Set<String> {
        let directory = repositoryRoot.appendingPathComponent("Sources/\(module)")
        guard let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        var found: Set<String> = []
        for case let file as URL in files where file.pathExtension == "swift" {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let words = line.split(separator: " ")
                guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                      words[..<index].allSatisfy({ $0.hasPrefix("@") }) else { continue }
                let name = String(words[index + 1])
                if name.hasPrefix("Tierwise") || name == "tierwise" { found.insert(name) }
            }
        }
        return found
    }

    /// Each target's declared dependencies, read from Package.swift.
    static func declaredDependencies() throws -> [String: Set<String>] {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        var result: [String: Set<String>] = [:]
        var rest = Substring(text)
        while let start = rest.range(of: "arget(name: \"") {
            rest = rest[start.upperBound...]
            guard let nameEnd = rest.firstIndex(of: "\"") else { break }
            let name = String(rest[..<nameEnd])
            let close = rest.range(of: "),")?.lowerBound ?? rest.endIndex
            let declaration = rest[nameEnd..<close]
            var dependencies: Set<String> = []
            if let list = declaration.range(of: "dependencies: [") {
                let body = declaration[list.upperBound...].prefix { $0 != "]" }
                for part in body.split(separator: "\"") where part.first?.isLetter == true { dependencies.insert(String(part)) }
            }
            result[name] = dependencies
        }
        return result
    }

    @Test("Every module imports only what the dependency direction allows")
    func importsFollowTheDirection() throws {
        let modules = try FileManager.default.contentsOfDirectory(
            atPath: repositoryRoot.appendingPathComponent("Sources").path).filter { !$0.hasPrefix(".") }
        #expect(Set(modules) == Set(Self.allowed.keys), "a module without a rule, or a rule without a module")
        for module in modules {
            let imported = try Self.imports(of: module).subtracting([module])
            let forbidden = imported.subtracting(Self.allowed[module] ?? [])
            #expect(forbidden.isEmpty, "\(module) imports \(forbidden.sorted())")
        }
    }

    @Test("Package.swift declares exactly the modules each target imports")
    func packageMatchesImports() throws {
        let declared = try Self.declaredDependencies()
        for module in Self.allowed.keys {
            let imported = try Self.imports(of: module).subtracting([module])
            #expect(declared[module] == imported, "\(module): declared \(declared[module]?.sorted() ?? []), imports \(imported.sorted())")
        }
    }

    @Test("Reports never import the engine, the analyzer or anything that computes")
    func reportsOnlyRender() throws {
        let imported = try Self.imports(of: "TierwiseReports")
        #expect(imported.isSubset(of: ["TierwiseModel", "TierwiseJSON"]))
    }
}
