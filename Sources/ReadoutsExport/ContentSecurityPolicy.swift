import Foundation
import ReadoutsEncoder

/// The HTML report's Content-Security-Policy, delivered in a `<meta>` element: nothing may
/// be fetched (`default-src 'none'`), and the one inline style sheet and the one inline
/// script run only because their SHA-256 hashes, computed at export time, are listed.
/// Anything else — a `<script>` or `style=""` smuggled in by a document, an event handler
/// attribute, an image — is refused by the browser even if escaping ever failed.
struct ContentSecurityPolicy {
    let styleSheet: String
    let script: String

    /// The policy, for the `content` attribute (it holds only ASCII letters, quotes,
    /// dashes and base64, none of which needs escaping there).
    var value: String {
        // `frame-ancestors` and `sandbox` are ignored in a <meta> policy (and Chromium logs a
        // warning for each), so they are left out.
        "default-src 'none'; style-src \(Self.source(styleSheet)); script-src \(Self.source(script)); "
            + "base-uri 'none'; form-action 'none'"
    }

    /// A hash source: `'sha256-` and the base64 of the SHA-256 of the text's UTF-8 bytes.
    static func source(_ text: String) -> String {
        "'sha256-" + Data(sha256(Array(text.utf8))).base64EncodedString() + "'"
    }

    /// SHA-256, by the implementation the sentence encoder checks its downloads with: linking
    /// OpenSSL's libcrypto for it cost every start of the reader its relocation (a quarter
    /// of the dynamic loader's work), for a hash only the HTML export needs.
    static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        var hash = SHA256()
        hash.update(bytes)
        return hash.finish()
    }
}
