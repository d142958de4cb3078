import InfraConfig
import InfraCore
import Testing

// MARK: - Fixtures

private struct Settings: Decodable, Equatable {
    enum Environment: String, Decodable, CaseIterable, Equatable {
        case dev, staging, prod
    }

    struct Domain: Decodable, Equatable {
        var name: String
        var zoneID: String

        enum CodingKeys: String, CodingKey {
            case name
            case zoneID = "zone_id"
        }
    }

    var region: String
    var environment: Environment
    var replicas: Int
    var enabled: Bool
    var ratio: Double?
    var domains: [Domain]
    var tags: [String: String]?
    var note: String?
}

/// Keys that list themselves, so unknown-key hints can name them even when decoding stops early.
private struct Database: Decodable, Equatable {
    var engine: String
    var instanceClass: String
    var storage: Int?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case engine
        case instanceClass = "instance_class"
        case storage
    }
}

private struct AllOptional: Decodable, Equatable {
    var name: String?
    var count: Int?
}

private struct Network: Decodable, Equatable {
    var cidr: String
    var ports: [UInt16]

    enum CodingKeys: String, CodingKey {
        case cidr, ports
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let cidr = try container.decode(String.self, forKey: .cidr)
        guard cidr.split(separator: "/").count == 2 else {
            throw DecodingError.dataCorruptedError(
                forKey: .cidr,
                in: container,
                debugDescription: "`\(cidr)` is not a CIDR block."
            )
        }
        self.cidr = cidr
        self.ports = try container.decode([UInt16].self, forKey: .ports)
    }
}

private struct Wrapper: Decodable, Equatable {
    var network: Network
}

/// Reads a discriminator with one key type and the rest with another, as polymorphic settings do.
private struct Listener: Decodable, Equatable {
    var kind: String
    var port: Int

    private enum KindKey: String, CodingKey { case kind }
    private enum BodyKeys: String, CodingKey { case port }

    init(kind: String, port: Int) {
        self.kind = kind
        self.port = port
    }

    init(from decoder: any Decoder) throws {
        kind = try decoder.container(keyedBy: KindKey.self).decode(String.self, forKey: .kind)
        port = try decoder.container(keyedBy: BodyKeys.self).decode(Int.self, forKey: .port)
    }
}

private struct CustomError: Error, CustomStringConvertible {
    var description: String { "the retention period must be a multiple of 7 days." }
}

private struct Retention: Decodable, Equatable {
    var days: Int

    init(from decoder: any Decoder) throws {
        days = try decoder.singleValueContainer().decode(Int.self)
        if days % 7 != 0 { throw CustomError() }
        if days > 700 {
            throw Diagnostic(id: "CFG001", severity: .error, message: "retention is too long", hint: "use 700 or less")
        }
    }
}

private struct Logs: Decodable, Equatable {
    var retention: Retention
}

private let file = "stacks/x/prod.yaml"

private let goodSettings = """
    region: us-east-1
    environment: prod
    replicas: 3
    enabled: true
    ratio: 0.5
    domains:
      - name: example.org
        zone_id: Z123
      - name: "example.net"
        zone_id: 'Z456'
    tags:
      team: platform
      cost-centre: "42"
    note: |
      multi
      line

    """

/// The rendered diagnostics of a decode that must fail.
private func failure<T: Decodable>(_ type: T.Type, _ yaml: String) -> String {
    do {
        let value = try StrictYAMLDecoder().decode(type, from: yaml, file: file)
        Issue.record("expected a failure, decoded \(value)")
        return ""
    } catch {
        return error.description
    }
}

private func failingDiagnostics<T: Decodable>(_ type: T.Type, _ yaml: String) -> [Diagnostic] {
    do {
        let value = try StrictYAMLDecoder().decode(type, from: yaml, file: file)
        Issue.record("expected a failure, decoded \(value)")
        return []
    } catch {
        return error.diagnostics
    }
}

// MARK: - Good input

@Suite("StrictYAMLDecoder")
struct StrictYAMLDecoderTests {
    @Test func decodesGoodInput() throws {
        let settings = try StrictYAMLDecoder().decode(Settings.self, from: goodSettings, file: file)
        #expect(
            settings
                == Settings(
                    region: "us-east-1",
                    environment: .prod,
                    replicas: 3,
                    enabled: true,
                    ratio: 0.5,
                    domains: [
                        .init(name: "example.org", zoneID: "Z123"),
                        .init(name: "example.net", zoneID: "Z456"),
                    ],
                    tags: ["team": "platform", "cost-centre": "42"],
                    note: "multi\nline\n"
                )
        )
    }

    @Test func optionalFieldsAcceptAbsenceAndExplicitNull() throws {
        let yaml = """
            region: eu-west-1
            environment: dev
            replicas: -2
            enabled: false
            ratio: null
            domains: []
            tags:
            note: ~
            """
        let settings = try StrictYAMLDecoder().decode(Settings.self, from: yaml, file: file)
        #expect(settings.ratio == nil)
        #expect(settings.tags == nil)
        #expect(settings.note == nil)
        #expect(settings.replicas == -2)
        #expect(settings.domains.isEmpty)
    }

    @Test func stringsKeepTheirTextWhateverTheyLookLike() throws {
        let yaml = """
            name: 1.10
            count: 7
            """
        let decoded = try StrictYAMLDecoder().decode(AllOptional.self, from: yaml, file: file)
        #expect(decoded == AllOptional(name: "1.10", count: 7))
        let words = try StrictYAMLDecoder().decode([String].self, from: "[NO, yes, 'null', 0x10]", file: file)
        #expect(words == ["NO", "yes", "null", "0x10"])
    }

    @Test func numbersAcceptIntegersAndDecimals() throws {
        let values = try StrictYAMLDecoder().decode([Double].self, from: "[1, -1.5, .5, 2e3, +4]", file: file)
        #expect(values == [1, -1.5, 0.5, 2000, 4])
    }

    @Test func emptyDocumentIsAnEmptyMapping() throws {
        #expect(try StrictYAMLDecoder().decode(AllOptional.self, from: "", file: file) == AllOptional())
        #expect(try StrictYAMLDecoder().decode(AllOptional.self, from: "# nothing yet\n", file: file) == AllOptional())
        #expect(try StrictYAMLDecoder().decode(AllOptional.self, from: "---\n", file: file) == AllOptional())
        #expect(try StrictYAMLDecoder().decode([String: String].self, from: "", file: file).isEmpty)
    }

    @Test func emptyDocumentReportsMissingRequiredKey() {
        #expect(
            failure(Settings.self, "")
                == """
                stacks/x/prod.yaml:1:1: error[YAML004]: missing required key `region`
                  hint: add `region:` at the top level
                """
        )
    }

    @Test func dictionaryOfStrings() throws {
        let yaml = """
            Team: platform
            "cost-centre": '42'
            empty: ""
            """
        let tags = try StrictYAMLDecoder().decode([String: String].self, from: yaml, file: file)
        #expect(tags == ["Team": "platform", "cost-centre": "42", "empty": ""])
    }

    /// A field's empty string is refused, a dictionary's is data: told apart by how the type reads the mapping (a
    /// dictionary lists its keys), not by the name of the standard library's key type.
    @Test func emptyStringsAreRefusedInFieldsAndKeptInDictionaries() {
        struct Service: Decodable { var name: String; var environment: [String: String] }
        let kept = try? StrictYAMLDecoder().decode(
            Service.self,
            from: "name: api\nenvironment:\n  EMPTY: \"\"\n",
            file: file
        )
        #expect(kept?.environment == ["EMPTY": ""])
        let refused = failingDiagnostics(Service.self, "name: \"\"\nenvironment:\n  EMPTY: \"\"\n")
        #expect(refused.map(\.id) == ["YAML005"])
        #expect(refused.first?.location?.line == 1)
    }

    @Test func dictionaryValueWithWrongType() {
        let yaml = """
            web: 80
            api: eighty
            """
        let diagnostics = failingDiagnostics([String: Int].self, yaml)
        #expect(diagnostics.map(\.attribute) == ["api"])
        #expect(
            diagnostics.map(\.description)
                == [
                    """
                    stacks/x/prod.yaml:2:6: error[YAML003]: expected an integer, found the string "eighty"
                      hint: write a whole number without quotes, such as `3`
                    """
                ]
        )
    }

    // MARK: - YAML001

    @Test func syntaxErrorHasLineAndColumn() {
        let yaml = """
            region: us-east-1
            domains: [a, b
            replicas: 3
            """
        #expect(
            failure(Settings.self, yaml)
                == """
                stacks/x/prod.yaml:3:9: error[YAML001]: invalid YAML: did not find expected ',' or ']'
                  hint: check the indentation, colons and quoting (while parsing a flow sequence that starts on line 2, column 10)
                """
        )
    }

    @Test func tabIndentationIsExplained() {
        let yaml = "tags:\n\tteam: platform\n"
        #expect(
            failure(Settings.self, yaml)
                == """
                stacks/x/prod.yaml:2:1: error[YAML001]: invalid YAML: found character that cannot start any token
                  hint: indent with spaces: YAML does not allow tabs
                """
        )
    }

    @Test func secondDocumentIsASyntaxError() {
        let diagnostics = failingDiagnostics(AllOptional.self, "name: a\n---\nname: b\n")
        #expect(diagnostics.map(\.id) == ["YAML001"])
        #expect(diagnostics.first?.hint == "a settings file holds one YAML document; remove the extra `---`")
    }

    // MARK: - YAML002

    @Test func unknownKeyNextToMissingKeySuggestsTheMissingOne() {
        let yaml = """
            environment: prod
            regoin: us-east-1
            """
        #expect(
            failure(Settings.self, yaml)
                == """
                stacks/x/prod.yaml:1:1: error[YAML004]: missing required key `region`
                  hint: add `region:` at the top level
                stacks/x/prod.yaml:2:1: error[YAML002]: unknown key `regoin`
                  hint: did you mean `region`?
                """
        )
    }

    @Test func unknownKeyListsAllowedKeysWhenEverythingElseDecoded() {
        let yaml = goodSettings + "regoin: us-east-2\n"
        let diagnostics = failingDiagnostics(Settings.self, yaml)
        #expect(diagnostics.map(\.attribute) == ["regoin"])
        #expect(
            diagnostics.map(\.description)
                == [
                    """
                    stacks/x/prod.yaml:17:1: error[YAML002]: unknown key `regoin`
                      hint: did you mean `region`? Allowed keys: `region`, `environment`, `replicas`, `enabled`, \
                    `ratio`, `domains`, `tags`, `note`
                    """
                ]
        )
    }

    @Test func unknownKeysWithCaseIterableKeysListThemAll() {
        let yaml = """
            engine: postgres
            instance_klass: db.t4g.micro
            iops: 3000
            """
        #expect(
            failure(Database.self, yaml)
                == """
                stacks/x/prod.yaml:1:1: error[YAML004]: missing required key `instance_class`
                  hint: add `instance_class:` at the top level
                stacks/x/prod.yaml:2:1: error[YAML002]: unknown key `instance_klass`
                  hint: did you mean `instance_class`? Allowed keys: `engine`, `instance_class`, `storage`
                stacks/x/prod.yaml:3:1: error[YAML002]: unknown key `iops`
                  hint: allowed keys: `engine`, `instance_class`, `storage`
                """
        )
    }

    @Test func multipleUnknownKeysAcrossNestedMappingsAreReportedTogether() {
        let yaml = """
            region: us-east-1
            environment: prod
            replicas: 3
            enabled: true
            colour: blue
            domains:
              - name: example.org
                zone_id: Z1
                zoneid: Z2
              - name: example.net
                zone_id: Z3
                ttl: 300
            """
        let diagnostics = failingDiagnostics(Settings.self, yaml)
        #expect(diagnostics.map(\.id) == ["YAML002", "YAML002", "YAML002"])
        #expect(diagnostics.map(\.attribute) == ["colour", "domains[0].zoneid", "domains[1].ttl"])
        #expect(
            diagnostics.map { $0.location?.description } == [
                "stacks/x/prod.yaml:5:1", "stacks/x/prod.yaml:9:5", "stacks/x/prod.yaml:12:5",
            ]
        )
        #expect(diagnostics[1].hint == "did you mean `zone_id`? Allowed keys: `name`, `zone_id`")
        #expect(
            diagnostics[0].hint
                == "allowed keys: `region`, `environment`, `replicas`, `enabled`, `ratio`, `domains`, `tags`, `note`"
        )
    }

    @Test func unknownKeysAreReportedAlongsideATypeError() {
        let yaml = """
            region: us-east-1
            environmnet: prod
            replicas: three
            """
        #expect(
            failingDiagnostics(Settings.self, yaml).map(\.description)
                == [
                    """
                    stacks/x/prod.yaml:1:1: error[YAML004]: missing required key `environment`
                      hint: add `environment:` at the top level
                    """,
                    """
                    stacks/x/prod.yaml:2:1: error[YAML002]: unknown key `environmnet`
                      hint: did you mean `environment`?
                    """,
                ]
        )
    }

    // MARK: - YAML003

    @Test func stringWhereIntegerExpected() {
        let yaml = goodSettings.replacing("replicas: 3", with: "replicas: two")
        #expect(
            failure(Settings.self, yaml)
                == """
                stacks/x/prod.yaml:3:11: error[YAML003]: expected an integer, found the string "two"
                  hint: write a whole number without quotes, such as `3`
                """
        )
    }

    @Test func quotedNumberIsNotAnInteger() {
        let yaml = goodSettings.replacing("replicas: 3", with: "replicas: \"3\"")
        #expect(
            failure(Settings.self, yaml)
                == """
                stacks/x/prod.yaml:3:11: error[YAML003]: expected an integer, found the string "3"
                  hint: remove the quotes around `3`
                """
        )
    }

    @Test func fractionIsNotAnInteger() {
        let yaml = goodSettings.replacing("replicas: 3", with: "replicas: 1.5")
        #expect(
            failure(Settings.self, yaml)
                == """
                stacks/x/prod.yaml:3:11: error[YAML003]: expected an integer, found the number 1.5
                  hint: write a whole number, such as `3`
                """
        )
    }

    @Test func yesIsNotABoolean() {
        let yaml = goodSettings.replacing("enabled: true", with: "enabled: yes")
        #expect(
            failure(Settings.self, yaml)
                == """
                stacks/x/prod.yaml:4:10: error[YAML003]: expected `true` or `false`, found the string "yes"
                  hint: write `true`; only lower-case `true` and `false` are booleans here
                """
        )
    }

    @Test func quotedBooleanIsNotABoolean() {
        let yaml = goodSettings.replacing("enabled: true", with: "enabled: 'false'")
        #expect(
            failure(Settings.self, yaml)
                == """
                stacks/x/prod.yaml:4:10: error[YAML003]: expected `true` or `false`, found the string "false"
                  hint: remove the quotes around `false`
                """
        )
    }

    @Test func quotedNumberIsNotADouble() {
        let yaml = goodSettings.replacing("ratio: 0.5", with: "ratio: \"0.5\"")
        #expect(
            failure(Settings.self, yaml)
                == """
                stacks/x/prod.yaml:5:8: error[YAML003]: expected a number, found the string "0.5"
                  hint: remove the quotes around `0.5`
                """
        )
    }

    @Test func mappingWhereListExpected() {
        let yaml = """
            region: us-east-1
            environment: prod
            replicas: 3
            enabled: true
            domains:
              name: example.org
              zone_id: Z1
            """
        #expect(
            failure(Settings.self, yaml)
                == """
                stacks/x/prod.yaml:6:3: error[YAML003]: expected a list, found a mapping
                  hint: write each item on its own line starting with `- `, or `[]` for an empty list
                """
        )
    }

    @Test func listWhereStringExpected() {
        let diagnostics = failingDiagnostics(AllOptional.self, "name: [a, b]\n")
        #expect(
            diagnostics.map(\.description)
                == [
                    """
                    stacks/x/prod.yaml:1:7: error[YAML003]: expected a string, found a list
                      hint: write a single value here, not a list
                    """
                ]
        )
        #expect(diagnostics.first?.attribute == "name")
    }

    @Test func nullIsNotARequiredString() {
        let yaml = goodSettings.replacing("region: us-east-1", with: "region: null")
        #expect(
            failure(Settings.self, yaml)
                == """
                stacks/x/prod.yaml:1:9: error[YAML003]: expected a string, found null
                  hint: write a value here; quote it (`"null"`) if you mean the text `null`
                """
        )
    }

    @Test func emptyValueIsNotARequiredString() {
        let yaml = goodSettings.replacing("region: us-east-1", with: "region:")
        #expect(
            failure(Settings.self, yaml)
                == """
                stacks/x/prod.yaml:1:8: error[YAML003]: expected a string, found an empty value
                  hint: write a value here
                """
        )
    }

    @Test func integerOutOfRange() {
        let yaml = """
            network:
              cidr: 10.0.0.0/16
              ports: [443, 70000]
            """
        let diagnostics = failingDiagnostics(Wrapper.self, yaml)
        #expect(diagnostics.map(\.attribute) == ["network.ports[1]"])
        #expect(
            diagnostics.map(\.description)
                == [
                    """
                    stacks/x/prod.yaml:3:16: error[YAML003]: expected an integer between 0 and 65535, found 70000
                      hint: use a whole number from 0 to 65535
                    """
                ]
        )
    }

    @Test func nestedPathUsesYAMLKeyNames() {
        let yaml = """
            region: us-east-1
            environment: prod
            replicas: 3
            enabled: true
            domains:
              - name: example.org
                zone_id: Z1
              - name: example.net
                zone_id: [Z2]
            """
        let diagnostics = failingDiagnostics(Settings.self, yaml)
        #expect(diagnostics.map(\.attribute) == ["domains[1].zone_id"])
        #expect(
            diagnostics.map(\.description)
                == [
                    """
                    stacks/x/prod.yaml:9:14: error[YAML003]: expected a string, found a list
                      hint: write a single value here, not a list
                    """
                ]
        )
    }

    // MARK: - YAML004

    @Test func missingNestedKeyIsLocatedAtItsMapping() {
        let yaml = """
            region: us-east-1
            environment: prod
            replicas: 3
            enabled: true
            domains:
              - name: example.org
                zone_id: Z1
              - name: example.net
            """
        let diagnostics = failingDiagnostics(Settings.self, yaml)
        #expect(diagnostics.map(\.attribute) == ["domains[1].zone_id"])
        #expect(
            diagnostics.map(\.description)
                == [
                    """
                    stacks/x/prod.yaml:8:5: error[YAML004]: missing required key `zone_id`
                      hint: add `zone_id:` to the `domains[1]` mapping
                    """
                ]
        )
    }

    // MARK: - YAML005

    @Test func invalidEnumValueListsValidValues() {
        let yaml = goodSettings.replacing("environment: prod", with: "environment: prodd")
        let diagnostics = failingDiagnostics(Settings.self, yaml)
        #expect(diagnostics.map(\.attribute) == ["environment"])
        #expect(
            diagnostics.map(\.description)
                == [
                    """
                    stacks/x/prod.yaml:2:14: error[YAML005]: invalid value "prodd"
                      hint: did you mean `prod`? Valid values: `dev`, `staging`, `prod`
                    """
                ]
        )
    }

    @Test func invalidEnumValueInAList() {
        let diagnostics = failingDiagnostics([Settings.Environment].self, "- dev\n- qa\n")
        #expect(
            diagnostics.map(\.description)
                == [
                    """
                    stacks/x/prod.yaml:2:3: error[YAML005]: invalid value "qa"
                      hint: valid values: `dev`, `staging`, `prod`
                    """
                ]
        )
        #expect(diagnostics.first?.attribute == "[1]")
    }

    @Test func dataCorruptedFromATypesOwnInitIsLocated() {
        let yaml = """
            network:
              cidr: 10.0.0.0
              ports: [443]
            """
        let diagnostics = failingDiagnostics(Wrapper.self, yaml)
        #expect(diagnostics.map(\.attribute) == ["network.cidr"])
        #expect(
            diagnostics.map(\.description)
                == [
                    """
                    stacks/x/prod.yaml:2:9: error[YAML005]: `10.0.0.0` is not a CIDR block
                      hint: check the value of `network.cidr`
                    """
                ]
        )
    }

    // MARK: - YAML006

    @Test func duplicateKeyPointsAtTheRepeat() {
        let yaml = """
            region: us-east-1
            environment: prod
            region: eu-west-1
            """
        #expect(
            failure(Settings.self, yaml)
                == """
                stacks/x/prod.yaml:3:1: error[YAML006]: duplicate key `region`
                  hint: `region` is already set on line 1; keep only one
                """
        )
    }

    @Test func duplicateKeyInANestedListItem() {
        let yaml = """
            domains:
              - name: a
                zone_id: Z1
              - name: b

                # the same key again
                zone_id: Z2
                "name": c
            """
        #expect(
            failure(Settings.self, yaml)
                == """
                stacks/x/prod.yaml:8:5: error[YAML006]: duplicate key `name`
                  hint: `name` is already set on line 4; keep only one
                """
        )
    }

    @Test func duplicateKeyInAFlowMappingFallsBackToTheFirst() {
        #expect(
            failure([String: String].self, "{a: 1, b: 2, a: 3}")
                == """
                stacks/x/prod.yaml:1:2: error[YAML006]: duplicate key `a`
                  hint: a key may appear only once in a mapping; keep only one
                """
        )
    }

    @Test func keysThatDifferOnlyInYAMLTypeAreDuplicates() {
        let yaml = """
            1: one
            "1": uno
            """
        #expect(
            failure([String: String].self, yaml)
                == """
                stacks/x/prod.yaml:2:1: error[YAML006]: duplicate key `1`
                  hint: `1` is already set on line 1; keep only one
                """
        )
    }

    // MARK: - Other sources of errors

    @Test func errorsFromATypesOwnInitAreLocated() {
        #expect(
            failure(Logs.self, "retention: 10\n")
                == """
                stacks/x/prod.yaml:1:12: error[YAML005]: the retention period must be a multiple of 7 days
                  hint: check the value of `retention`
                """
        )
        let diagnostics = failingDiagnostics(Logs.self, "retention: 707\n")
        #expect(
            diagnostics.map(\.description)
                == [
                    """
                    stacks/x/prod.yaml:1:12: error[CFG001]: retention is too long
                      hint: use 700 or less
                    """
                ]
        )
        #expect(diagnostics.first?.attribute == "retention")
    }

    @Test func keysAcceptedByAnyKeyTypeOfAMappingAreKnown() throws {
        let yaml = """
            kind: https
            port: 443
            """
        #expect(
            try StrictYAMLDecoder().decode(Listener.self, from: yaml, file: file) == Listener(kind: "https", port: 443)
        )
        #expect(
            failure(Listener.self, yaml + "\nprot: 80\n")
                == """
                stacks/x/prod.yaml:3:1: error[YAML002]: unknown key `prot`
                  hint: did you mean `port`? Allowed keys: `kind`, `port`
                """
        )
    }

    @Test func aliasesDecodeLikeTheirAnchors() throws {
        let yaml = """
            base: &tags
              team: platform
            copy: *tags
            """
        let decoded = try StrictYAMLDecoder().decode([String: [String: String]].self, from: yaml, file: file)
        #expect(decoded == ["base": ["team": "platform"], "copy": ["team": "platform"]])
    }

    @Test func controlCharacterIsASyntaxError() {
        let diagnostics = failingDiagnostics(AllOptional.self, "name: a\ncount: \u{1}\n")
        #expect(diagnostics.map(\.id) == ["YAML001"])
        #expect(diagnostics.first?.location == SourceLocation(file: file, line: 2, column: 8))
    }

    // MARK: - Ordering

    @Test func diagnosticsAreSortedByLine() {
        let yaml = """
            zeta: 1
            region: us-east-1
            alpha: 2
            """
        let lines = failingDiagnostics(Database.self, yaml).compactMap { $0.location?.line }
        #expect(lines == lines.sorted())
        #expect(lines == [1, 1, 2, 3])
    }
}
