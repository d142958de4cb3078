import Testing

@testable import InfraPolicy

/// `ECSRules.imageProblem` reads an ASCII image by bytes; it must answer as the character-based reading does.
@Suite struct ImageTagTests {
    /// The character-based reading: the tag is what follows the last `:` of the last non-empty `/` component.
    static func characterReading(_ image: String) -> String? {
        if image.contains("@sha256:") { return nil }
        let lastComponent = image.split(separator: "/").last.map(String.init) ?? image
        guard let colon = lastComponent.lastIndex(of: ":") else { return "has no tag, so it means :latest" }
        return lastComponent[lastComponent.index(after: colon)...] == "latest" ? "uses the mutable :latest tag" : nil
    }

    @Test(arguments: [
        "", "/", "//", ":", ":latest", "nginx", "nginx:latest", "nginx:1.27", "nginx:latest2", "nginx:LATEST",
        "library/nginx:latest", "host:5000/nginx", "host:5000/nginx:latest", "host:5000/nginx/", "host:5000/",
        "a//b:latest", "a/b:latest/", "repo:tag/", "nginx@sha256:abc",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:42",
        "ghcr.io/org/app:latest", "app:", "app:latest:", "nginx:läte", "naïve/app:latest", "e\u{301}/x",
    ])
    func bytesAndCharactersAgree(image: String) {
        #expect(ECSRules.imageProblem(image) == Self.characterReading(image), "image \(image.debugDescription)")
    }
}
