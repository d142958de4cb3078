import ArgumentParser
import InfraTestSupport
import Testing

@testable import infragen

/// `RenderInvocation.init(arguments:)` reads the common `render` command lines without ArgumentParser. Whatever it
/// accepts, ArgumentParser must read to the same invocation; everything else must be left to ArgumentParser.
struct RenderInvocationTests {
    /// ArgumentParser's reading of `arguments`: the render command's invocation, or `nil` when it is not a render
    /// command line ArgumentParser accepts.
    static func parsedByArgumentParser(_ arguments: [String]) -> RenderInvocation? {
        (try? Infragen.parseAsRoot(arguments) as? RenderCommand)?.invocation
    }

    @Test(arguments: [
        ["render", "prod"],
        ["render", "prod", "--out", "build/out"],
        ["render", "--out=o", "dev", "--check"],
        ["render", "prod", "--format", "json", "--check"],
        ["render", "prod", "--format=text"],
        ["render", "--stack", "aldea", "prod", "--stack=dispatcher", "--project", "../p"],
        ["render", "prod", "--today", "2026-01-31", "--project=a=b"],
        ["render", "prod", "--out", "lint"],
        ["render", "pröd", "--out", "out dir"],
    ])
    func commonCommandLinesAreReadAsArgumentParserReadsThem(_ arguments: [String]) throws {
        let quick = try #require(RenderInvocation(arguments: arguments))
        #expect(quick == Self.parsedByArgumentParser(arguments))
    }

    @Test func theDefaultsAreArgumentParsers() throws {
        let quick = try #require(RenderInvocation(arguments: ["render", "prod"]))
        #expect(
            quick
                == RenderInvocation(
                    environment: "prod",
                    project: .init(),
                    outputRoot: "out",
                    check: false,
                    format: .text
                )
        )
    }

    @Test(arguments: [
        ["render"],
        ["lint", "prod"],
        ["render", "--help"],
        ["render", "prod", "-h"],
        ["render", "help"],
        ["render", "prod", "extra"],
        ["render", "prod", "--"],
        ["render", "prod", "--out"],
        ["render", "prod", "--out", ""],
        ["render", "prod", "--out="],
        ["render", "prod", "--out", "-x"],
        ["render", "prod", "--out", "a", "--out", "b"],
        ["render", "prod", "--check", "--check"],
        ["render", "prod", "--check=true"],
        ["render", "prod", "--format", "yaml"],
        ["render", "prod", "--outt", "o"],
        ["render", "prod", "--version"],
        ["render", ""],
        ["render", "-prod"],
        ["render", "prod", "--today", "31/01/2026"],
        ["render", "prod", "--today=2026-02-30"],
    ])
    func everyOtherCommandLineIsLeftToArgumentParser(_ arguments: [String]) {
        #expect(RenderInvocation(arguments: arguments) == nil)
    }

    /// Random command lines from the pieces of real and broken ones: every one the quick reading accepts,
    /// ArgumentParser reads the same. The counts keep the test from passing by accepting nothing (or everything).
    @Test func randomCommandLinesAreReadAsArgumentParserReadsThem() {
        let seed: UInt64 = 0x5EED_0F_4E4D
        var generator = SeededGenerator(seed: seed)
        // Mostly pieces of command lines that work, some of ones that do not, in any order.
        let goodWords = ["prod", "dev", "out", "a=b", "é 😀", "json", "text", "lint", "2026-01-31"]
        let badWords = ["", "-", "-x", "--", "help", "yaml"]
        let options = ["--out", "--project", "--stack", "--today", "--format", "--check", "--stack"]
        let badOptions = ["--outt", "-h", "--help", "--version", "--", "--check=1"]
        var accepted = 0
        var leftToArgumentParser = 0
        for _ in 0..<1_500 {
            func word() -> String {
                (Int.random(in: 0..<10, using: &generator) == 0 ? badWords : goodWords).randomElement(
                    using: &generator
                )!
            }
            var pieces: [[String]] = Int.random(in: 0..<12, using: &generator) == 0 ? [] : [[word()]]
            for option in options.shuffled(using: &generator).prefix(Int.random(in: 0...4, using: &generator)) {
                if option == "--check" {
                    pieces.append([option])
                } else if Bool.random(using: &generator) {
                    pieces.append([option, word()])
                } else {
                    pieces.append([option + "=" + word()])
                }
            }
            if Int.random(in: 0..<8, using: &generator) == 0 {
                pieces.append([Bool.random(using: &generator) ? badOptions.randomElement(using: &generator)! : word()])
            }
            let arguments = ["render"] + pieces.shuffled(using: &generator).flatMap { $0 }
            guard let quick = RenderInvocation(arguments: arguments) else {
                leftToArgumentParser += 1
                continue
            }
            accepted += 1
            #expect(quick == Self.parsedByArgumentParser(arguments), "seed \(seed): \(arguments)")
        }
        #expect(accepted > 500, "seed \(seed): only \(accepted) of 1,500 command lines read without ArgumentParser")
        #expect(leftToArgumentParser > 250, "seed \(seed)")
    }
}
