import InfraCore

extension TerraformJSONInput {
    /// A file read down to its resource bodies, which are skipped and left to `readBodies` to parse on every core.
    ///
    /// It reads only the usual shape: one object, with `resource` written as objects down to each body. Anything
    /// else (a list at any level of `resource`, a syntax error, nesting past `JSONParser.maximumDepth`) makes it `nil`,
    /// and the file takes the one-pass parse; so does a body whose parse fails or ends elsewhere than the skip did.
    struct Skim {
        /// A resource whose body was skipped: its address, where its name key is and where its body starts.
        struct Found: Sendable {
            var address: ResourceAddress
            var line: Int
            var column: Int
            var body: JSONCursor.Position
            /// The offset just past the body, as the skip found it.
            var end: Int
        }

        /// A resource whose body was read.
        struct ReadBody: Sendable {
            var address: ResourceAddress
            var line: Int
            var column: Int
            var body: ResourceBody
            /// Whether the body parsed, and ended where its skip did.
            var parsed = true
        }

        /// The read bodies filed into the document's tables.
        struct Gathered: Sendable {
            /// Where each resource is declared (its first declaration).
            var locations: [ResourceAddress: SourceLocation] = [:]
            /// The bodies' problems and the repeated declarations, in file order.
            var problems: [Diagnostic] = []
            /// The bodies by type and name.
            var resources: [String: [String: JSONValue]] = [:]
            var attributeLocations: [ResourceAddress: [KeyLocation]] = [:]
        }

        /// The read bodies, one list per `resource` member, filed in file order into the document's tables on two
        /// cores at once: one notes where each resource is declared and finds the repeated ones, the other files
        /// the bodies by type and name. Both only read the bodies. A repeated resource makes the file an error, so
        /// the second need not skip it.
        static func gather(_ groups: [[ReadBody]], path: String) -> Gathered {
            let count = groups.reduce(0) { $0 + $1.count }
            @Sendable func gather(half: Int) -> Gathered {
                var gathered = Gathered()
                // The bodies are read member by member in place: a loop over them would copy each, retaining all
                // it holds, on both cores at once.
                if half == 0 {
                    // Sized up front: growing a dictionary rehashes every address it holds.
                    gathered.locations.reserveCapacity(count)
                    for group in groups.indices {
                        for index in groups[group].indices {
                            let address = groups[group][index].address
                            let location = SourceLocation(
                                file: path,
                                line: groups[group][index].line,
                                column: groups[group][index].column
                            )
                            // One hash for the usual case of a new address; a repeat restores the first.
                            if let first = gathered.locations.updateValue(location, forKey: address) {
                                gathered.locations[address] = first
                                gathered.problems.append(
                                    TerraformJSONInput.redeclared(address, at: location, first: first)
                                )
                            } else if !groups[group][index].body.problems.isEmpty {
                                gathered.problems += groups[group][index].body.problems
                            }
                        }
                    }
                } else {
                    gathered.attributeLocations.reserveCapacity(count)
                    for group in groups.indices {
                        // A type's resources come together in a file: each run of one type is filed into its table
                        // taken out of the document's, sized for the run, instead of looking the type up (and
                        // growing its table) for every resource.
                        var start = groups[group].startIndex
                        while start < groups[group].endIndex {
                            let type = groups[group][start].address.type
                            var end = start + 1
                            while end < groups[group].endIndex, groups[group][end].address.type == type { end += 1 }
                            var byName = gathered.resources.removeValue(forKey: type) ?? .reserving(end - start)
                            for index in start..<end {
                                let address = groups[group][index].address
                                byName[address.name] = .object(groups[group][index].body.attributes)
                                gathered.attributeLocations[address] = groups[group][index].body.keys
                            }
                            gathered.resources[type] = byName
                            start = end
                        }
                    }
                }
                return gathered
            }
            // A small file stays on this thread, where a thread hop would cost more than the work.
            let halves = count < 1024 ? [gather(half: 0), gather(half: 1)] : ParallelMap.indices(2, gather)
            var gathered = halves[1]
            gathered.locations = halves[0].locations
            gathered.problems = halves[0].problems
            return gathered
        }

        /// The file's top-level object, with each `resource` member's value an empty object.
        var top: PositionedJSON
        /// The resources of each `resource` member, in file order.
        var resources: [[Found]]

        /// How many containers enclose a resource body: the file's object, `resource`'s and the type's.
        static let bodyDepth = 3

        init?(bytes: UnsafeBufferPointer<UInt8>, path: String) {
            var cursor = JSONCursor(bytes: bytes, file: path)
            cursor.skipByteOrderMark()
            cursor.skipWhitespace()
            let line = cursor.line
            let column = cursor.column
            guard cursor.take(UInt8(ascii: "{")) else { return nil }
            var members: [PositionedJSON.Member] = []
            var resources: [[Found]] = []
            do throws(DiagnosticError) {
                if !cursor.take(UInt8(ascii: "}")) {
                    repeat {
                        let key = try cursor.readKey()
                        let value: PositionedJSON
                        if key.key == "resource" {
                            cursor.skipWhitespace()
                            value = PositionedJSON(.object([]), line: cursor.line, column: cursor.column)
                            guard let found = Self.resources(&cursor) else { return nil }
                            resources.append(found)
                        } else {
                            value = try cursor.parseValue(depth: 1)
                        }
                        members.append(
                            PositionedJSON.Member(key: key.key, line: key.line, column: key.column, value: value)
                        )
                    } while cursor.take(UInt8(ascii: ","))
                    guard cursor.take(UInt8(ascii: "}")) else { return nil }
                }
                try cursor.expectEndOfInput()
            } catch {
                return nil
            }
            self.top = PositionedJSON(.object(members), line: line, column: column)
            self.resources = resources
        }

        /// The resources of one `resource` object, their bodies skipped; `nil` for any other shape.
        private static func resources(_ cursor: inout JSONCursor) -> [Found]? {
            var found: [Found] = []
            do throws(DiagnosticError) {
                guard cursor.take(UInt8(ascii: "{")) else { return nil }
                if cursor.take(UInt8(ascii: "}")) { return found }
                repeat {
                    let type = try cursor.readKey().key
                    if type == "//" {
                        _ = try cursor.parseValue(depth: 2)
                        continue
                    }
                    guard cursor.take(UInt8(ascii: "{")) else { return nil }
                    if cursor.take(UInt8(ascii: "}")) { continue }
                    repeat {
                        let name = try cursor.readKey()
                        if name.key == "//" {
                            _ = try cursor.parseValue(depth: bodyDepth)
                            continue
                        }
                        cursor.skipWhitespace()
                        let body = cursor.position
                        guard cursor.peek == UInt8(ascii: "{"), cursor.skipContainer(depth: bodyDepth) else {
                            return nil
                        }
                        found.append(
                            Found(
                                address: ResourceAddress(type: type, name: name.key),
                                line: name.line,
                                column: name.column,
                                body: body,
                                end: cursor.position.offset
                            )
                        )
                    } while cursor.take(UInt8(ascii: ","))
                    guard cursor.take(UInt8(ascii: "}")) else { return nil }
                } while cursor.take(UInt8(ascii: ","))
                guard cursor.take(UInt8(ascii: "}")) else { return nil }
            } catch {
                return nil
            }
            return found
        }

        /// Every skipped body parsed and read, on every core; `nil` when one does not parse to where its skip ended.
        func readBodies(bytes: UnsafeBufferPointer<UInt8>, path: String) -> [[ReadBody]]? {
            let shared = SharedBytes(bytes: bytes)
            var groups: [[ReadBody]] = []
            groups.reserveCapacity(resources.count)
            for group in resources {
                let read = ParallelMap.chunked(group, minimumChunk: 256) { found in
                    var cursor = JSONCursor(bytes: shared.bytes, file: path, at: found.body)
                    // Gathered first so that the body's tables are sized once: growing a dictionary rehashes it.
                    var members: [(key: String, line: Int, column: Int, value: JSONValue)] = []
                    // Room for a usual body at once: growing from empty took three or four allocations a body.
                    members.reserveCapacity(8)
                    var read = ReadBody(
                        address: found.address,
                        line: found.line,
                        column: found.column,
                        body: ResourceBody(problems: [])
                    )
                    do throws(DiagnosticError) {
                        try cursor.forEachMember(depth: Self.bodyDepth) { key, line, column, value in
                            members.append((key, line, column, value))
                        }
                    } catch {
                        read.parsed = false
                        return read
                    }
                    read.parsed = cursor.position.offset == found.end
                    read.body = ResourceBody(address: found.address, capacity: members.count)
                    for member in members {
                        read.body.add(member.key, member.value, line: member.line, column: member.column, file: path)
                    }
                    return read
                }
                // Field by field: a key path or a closure over the elements would copy each one.
                for index in read.indices where !read[index].parsed { return nil }
                groups.append(read)
            }
            return groups
        }
    }

    /// The file's bytes, read by several cores at once while the `withUTF8` call that lends them is running; nothing
    /// writes to them.
    private struct SharedBytes: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
    }
}
