import Foundation
import TierwiseJSON
import TierwisePlatform

/// Reading a pricing object (docs/capacity.md): a standalone pricing file
/// (`--pricing FILE`, `catalogs/pricing.json`) or a catalog's `defaults.pricing`.
///
/// Every key is optional and replaces only its own value. Problems are
/// reported as the catalog's are: each with its JSON path, what was expected
/// and what was found, all of them at once; unknown keys are warnings with a
/// "did you mean" hint.
///
///     let loaded = try CatalogDecoder().loadPricing(path: "catalogs/pricing.json")
///     loaded.pricing == Pricing.builtIn  // true
extension CatalogDecoder {
    // MARK: - Entry points

    /// The largest pricing file read, in bytes (1 MiB; the shipped one is under 5 KB).
    public static let maximumPricingFileSizeBytes = 1024 * 1024

    /// Reads and decodes the pricing file at `path`.
    public func loadPricing(path: String) throws(CatalogError) -> LoadedPricing {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a directory") }
        let limit = Self.maximumPricingFileSizeBytes
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            throw .tooLarge(path: path, sizeBytes: size, limitBytes: limit)
        }
        guard let bytes = FileDescriptorIO.readFile(path, maximumBytes: limit) else {
            throw .unreadable(path: path, reason: "permission denied, a read error, or more than \(limit) bytes")
        }
        return try decodePricing(bytes, path: path)
    }

    /// Decodes pricing JSON, one object of pricing keys; `path` only labels messages.
    public func decodePricing(_ bytes: [UInt8], path: String) throws(CatalogError) -> LoadedPricing {
        let limit = Self.maximumPricingFileSizeBytes
        if bytes.count > limit { throw .tooLarge(path: path, sizeBytes: bytes.count, limitBytes: limit) }
        let root = try Self.parseDocument(bytes, path: path)
        var decoder = self
        let overrides = decoder.decodePricing(root, path: "")
        guard decoder.issues.isEmpty else {
            throw .invalid(path: path, issues: decoder.issues.shown, totalCount: decoder.issues.totalCount)
        }
        return LoadedPricing(overrides: overrides, warnings: decoder.warnings.shown, warningCount: decoder.warnings.totalCount)
    }

    // MARK: - Pricing object

    /// Keys a pricing object accepts besides the pricing fields.
    static let pricingDocumentationKeys: Set<String> = ["description", "sources"]

    /// The values a pricing object states; its problems are recorded at `path`
    /// ("" for a file's top level, `defaults.pricing` in a catalog).
    mutating func decodePricing(_ value: JSONValue, path: String) -> PricingOverrides {
        guard case .object(let objectMembers) = value else {
            issue(path.isEmpty ? "top level" : path, "expected an object of pricing values, got \(value.excerpt)")
            return PricingOverrides()
        }
        let members = fields(objectMembers, allowed: Pricing.keys.union(Self.pricingDocumentationKeys), path: path)
        _ = optionalString(members["description"], "description", path: path)
        if let sources = members["sources"] {
            decodePricingSources(sources, path: join(path, "sources"))
        }
        var overrides = PricingOverrides()
        for field in Pricing.fields {
            guard let number = number(members[field.key], field.key, path: path, range: field.range, required: false)
            else { continue }
            if field.isWholeNumber && number.rounded() != number {
                issue(join(path, field.key), "expected a whole number, got \(format(number))")
                continue
            }
            overrides.values[field.key] = number
        }
        return overrides
    }

    /// `sources`: documentation only, one string per pricing key.
    mutating func decodePricingSources(_ value: JSONValue, path: String) {
        guard case .object(let objectMembers) = value else {
            issue(path, "expected an object of one source text per pricing key, got \(value.excerpt)")
            return
        }
        let members = fields(objectMembers, allowed: Pricing.keys, path: path)
        for field in Pricing.fields {
            _ = optionalString(members[field.key], field.key, path: path)
        }
    }
}
