/// tierwise's version, printed by `--version` and recorded in reports' assumptions
/// so two runs can be compared.
public enum ToolVersion {
    /// The version.
    public static let current = "0.2.0"
}
