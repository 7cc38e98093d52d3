import TierwiseJSON
import TierwiseModel

/// `tierwise check --format sarif`: SARIF 2.1.0 for code-scanning uploads
/// (github/codeql-action/upload-sarif). One run; `tool.driver` lists the
/// policy's rules (and `schema`, `unknown-field` for validation) with their
/// default level; each finding is a result with level `error`, `warning` or
/// `note`, a message, and a physical location: the artifact's URI relative
/// to the working directory as the file was given, and the region's
/// `startLine` and `startColumn`.
public enum GateSARIFReport {
    /// The SARIF version written.
    public static let version = "2.1.0"
    /// The schema URI written in `$schema`.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    /// Renders the report.
    public static func render(_ report: GateReport) -> [UInt8] {
        var ruleIDs: [String] = ["schema", "unknown-field"]
        var w = JSONWriter(lineBreakDepth: 6, reservingCapacity: 4096 + report.findings.count * 500)
        w.beginObject()
        w.member("$schema", schemaURI)
        w.member("version", version)
        w.key("runs")
        w.beginArray()
        w.beginObject()
        w.key("tool")
        w.beginObject()
        w.key("driver")
        w.beginObject()
        w.member("name", "tierwise")
        w.member("version", ToolVersion.current)
        w.member("semanticVersion", ToolVersion.current)
        w.key("rules")
        w.beginArray()
        rule(id: "schema", name: "CatalogSchema", text: "The catalog must be valid (docs/catalog.md).", level: "error", into: &w)
        rule(id: "unknown-field", name: "UnknownField", text: "A catalog field tierwise does not know is ignored; it may be a typo.",
             level: "warning", into: &w)
        for r in report.rules {
            ruleIDs.append(r.id)
            rule(id: r.id, name: r.kind.name, text: r.description ?? r.summary, level: r.level == .deny ? "error" : "warning", into: &w)
        }
        w.endArray()
        w.endObject()
        w.endObject()
        w.key("results")
        w.beginArray()
        for f in report.findings {
            w.beginObject()
            w.member("ruleId", f.ruleID)
            if let index = f.ruleIndex { w.member("ruleIndex", index + 2) } else { w.member("ruleIndex", f.ruleID == "schema" ? 0 : 1) }
            w.member("level", f.level.rawValue)
            w.key("message")
            w.beginObject()
            w.member("text", f.message)
            w.endObject()
            w.key("locations")
            w.beginArray()
            w.beginObject()
            w.key("physicalLocation")
            w.beginObject()
            w.key("artifactLocation")
            w.beginObject()
            w.member("uri", uri(f.location.file))
            w.endObject()
            w.key("region")
            w.beginObject()
            w.member("startLine", f.location.line)
            w.member("startColumn", f.location.column)
            w.endObject()
            w.endObject()
            w.endObject()
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endArray()
        w.endObject()
        return w.takeBytes()
    }

    private static func rule(id: String, name: String, text: String, level: String, into w: inout JSONWriter) {
        w.beginObject()
        w.member("id", id)
        w.member("name", name)
        w.key("shortDescription")
        w.beginObject()
        w.member("text", text)
        w.endObject()
        w.key("defaultConfiguration")
        w.beginObject()
        w.member("level", level)
        w.endObject()
        w.endObject()
    }

    /// A relative URI reference for `path` (RFC 3986): unreserved characters
    /// and `/` kept, everything else percent-encoded; a leading `./` dropped.
    /// An absolute path becomes a `file://` URI.
    static func uri(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        var out = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
