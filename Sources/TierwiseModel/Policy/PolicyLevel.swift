/// How a policy rule that fails counts: `deny` fails the check (exit 1),
/// `warn` is reported and fails only under `--strict`.
public enum PolicyLevel: String, CaseIterable, Sendable {
    /// Fails the check.
    case deny
    /// Reported; fails only under `--strict`.
    case warn
}
