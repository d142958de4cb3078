import InfraCore

extension ECS {
    /// A Fargate task size: one of the CPU/memory pairs AWS accepts, and no other. An invalid pair cannot be built
    /// (`init?` returns `nil`, and decoding from settings fails at the YAML line), so a task definition AWS would
    /// reject at apply is never rendered.
    public struct FargateSize: Hashable, Sendable, Decodable, CustomStringConvertible {
        /// CPU units (1024 = 1 vCPU).
        public let cpu: Int
        /// Memory in MiB.
        public let memoryMiB: Int

        /// The memory sizes AWS accepts for each CPU size (Fargate, Linux).
        public static let validMemory: [Int: [Int]] = [
            256: [512, 1024, 2048],
            512: Array(stride(from: 1024, through: 4096, by: 1024)),
            1024: Array(stride(from: 2048, through: 8192, by: 1024)),
            2048: Array(stride(from: 4096, through: 16384, by: 1024)),
            4096: Array(stride(from: 8192, through: 30720, by: 1024)),
            8192: Array(stride(from: 16384, through: 61440, by: 4096)),
            16384: Array(stride(from: 32768, through: 122880, by: 8192)),
        ]

        /// `nil` unless AWS accepts the pair.
        public init?(cpu: Int, memoryMiB: Int) {
            guard Self.validMemory[cpu]?.contains(memoryMiB) == true else { return nil }
            self.cpu = cpu
            self.memoryMiB = memoryMiB
        }

        private init(valid cpu: Int, _ memoryMiB: Int) {
            self.cpu = cpu
            self.memoryMiB = memoryMiB
        }

        /// 0.25 vCPU, 0.5 GB.
        public static let quarterVCPUHalfGB = FargateSize(valid: 256, 512)
        /// 0.5 vCPU, 1 GB.
        public static let halfVCPUOneGB = FargateSize(valid: 512, 1024)
        /// 1 vCPU, 2 GB.
        public static let oneVCPUTwoGB = FargateSize(valid: 1024, 2048)
        /// 2 vCPU, 4 GB.
        public static let twoVCPUFourGB = FargateSize(valid: 2048, 4096)

        enum CodingKeys: String, CodingKey, CaseIterable {
            case cpu
            case memoryMiB = "memory_mib"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let cpu = try container.decode(Int.self, forKey: .cpu)
            let memory = try container.decode(Int.self, forKey: .memoryMiB)
            guard let size = FargateSize(cpu: cpu, memoryMiB: memory) else {
                let valid =
                    Self.validMemory[cpu].map {
                        "with cpu \(cpu), memory_mib is one of \($0.map(String.init).joined(separator: ", "))"
                    }
                    ?? "cpu is one of \(Self.validMemory.keys.sorted().map(String.init).joined(separator: ", "))"
                throw DecodingError.dataCorruptedError(
                    forKey: Self.validMemory[cpu] == nil ? .cpu : .memoryMiB,
                    in: container,
                    debugDescription: "cpu \(cpu) with memory_mib \(memory) is not a Fargate size; \(valid)"
                )
            }
            self = size
        }

        public var description: String { "\(cpu) CPU units / \(memoryMiB) MiB" }
    }

    /// The processor architecture a task or function runs on.
    public enum CPUArchitecture: String, Hashable, Sendable, Codable, CaseIterable {
        case x86_64 = "X86_64"
        case arm64 = "ARM64"
    }
}
