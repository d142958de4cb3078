import Foundation
import InfraAWS
import Testing

/// Each settings value type accepts its domain and rejects the rest with a message that names the value and says
/// what to write instead; decoding turns that message into a `DecodingError.dataCorrupted`.
@Suite struct SettingValuesTests {
    /// The message `T` decodes `json` (one scalar) with, or `nil` when it decodes.
    static func decodingProblem<T: SettingValue>(_ type: T.Type, _ json: String) -> String? {
        do {
            _ = try JSONDecoder().decode([T].self, from: Data("[\(json)]".utf8))
            return nil
        } catch DecodingError.dataCorrupted(let context) {
            return context.debugDescription
        } catch {
            return "unexpected: \(error)"
        }
    }

    @Test func auroraInstanceCountsStopAtAWSBound() {
        #expect(AuroraInstanceCount(16)?.value == 16)
        #expect(AuroraInstanceCount(0) == nil)
        #expect(
            Self.decodingProblem(AuroraInstanceCount.self, "2147483648")
                == "`2147483648` is not an Aurora instance count: write 1 to 16 (a writer and up to 15 replicas)"
        )
    }

    @Test func countsRejectZeroOrNegative() {
        #expect(PositiveCount(1)?.value == 1)
        #expect(PositiveCount(0) == nil)
        #expect(
            Self.decodingProblem(PositiveCount.self, "-2")
                == "`-2` is not a positive count: write a whole number of at least 1"
        )
        #expect(NonNegativeCount(0)?.value == 0)
        #expect(
            Self.decodingProblem(NonNegativeCount.self, "-1")
                == "`-1` is a negative count: write a whole number of at least 0"
        )
    }

    @Test func boundedNumbersKeepAWSRanges() {
        #expect(BackupRetentionDays(0) != nil && BackupRetentionDays(35) != nil)
        #expect(
            Self.decodingProblem(BackupRetentionDays.self, "99")
                == "`99` days is not a backup retention RDS accepts: write 0 to 35"
        )
        #expect(BackupRetentionDays(-1) == nil)
        #expect(StorageGiB(20) != nil && StorageGiB(65536) != nil)
        #expect(
            Self.decodingProblem(StorageGiB.self, "19")
                == "`19` GiB is not a storage size RDS accepts: write 20 to 65536"
        )
        #expect(PortNumber(8080) != nil && PortNumber(0) == nil && PortNumber(65536) == nil)
        #expect(ListenerRulePriority(1) != nil && ListenerRulePriority(50001) == nil)
        #expect(UtilizationPercent(70) != nil && UtilizationPercent(0) == nil && UtilizationPercent(101) == nil)
        #expect(LambdaTimeoutSeconds(900) != nil && LambdaTimeoutSeconds(901) == nil)
        #expect(LambdaMemoryMiB(128) != nil && LambdaMemoryMiB(127) == nil)
    }

    @Test func logRetentionIsOneOfCloudWatchsValues() {
        for days in LogRetentionDays.allowed { #expect(LogRetentionDays(days) != nil) }
        let problem = Self.decodingProblem(LogRetentionDays.self, "31")
        #expect(
            problem?.hasPrefix(
                "`31` days is not a log retention CloudWatch accepts (nearest: 30); write one of 1, 3, 5"
            ) == true
        )
        #expect(LogRetentionDays(0) == nil && LogRetentionDays(-7) == nil)
        // The extremes YAML can write name the nearest value instead of overflowing (found by `make fuzz`).
        #expect(LogRetentionDays.problem(with: Int.min)?.contains("(nearest: 1)") == true)
        #expect(LogRetentionDays.problem(with: Int.max)?.contains("(nearest: 3653)") == true)
        #expect(LogRetentionDays.problem(with: 5_000)?.contains("(nearest: 3653)") == true)
    }

    @Test func certificateARNsNameAnACMCertificate() {
        let valid = "arn:aws:acm:us-east-1:111122223333:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
        #expect(CertificateARN(valid)?.value == valid)
        #expect(CertificateARN("arn:aws-us-gov:acm:us-gov-west-1:111122223333:certificate/x") != nil)
        #expect(
            Self.decodingProblem(CertificateARN.self, #""not-an-arn""#)?.hasPrefix("`not-an-arn` is not an ARN") == true
        )
        #expect(
            Self.decodingProblem(CertificateARN.self, #""arn:aws:iam::111122223333:role/x""#)?.hasPrefix(
                "`arn:aws:iam::111122223333:role/x` is an ARN of service `iam`, not of an ACM certificate"
            ) == true
        )
        #expect(CertificateARN("arn:aws:acm::111122223333:certificate/x") == nil)
        #expect(CertificateARN("arn:aws:acm:us-east-1:1111:certificate/x") == nil)
        #expect(CertificateARN("arn:aws:acm:us-east-1:111122223333:certificate/") == nil)
        #expect(CertificateARN("") == nil)
    }

    @Test func hostedZoneIDs() {
        #expect(Route53ZoneID("Z0AGGREGATORBMLTEN") != nil)
        #expect(Route53ZoneID("") == nil && Route53ZoneID("z0abc") == nil && Route53ZoneID("Z") == nil)
        #expect(Route53ZoneID("Z" + String(repeating: "A", count: 32)) == nil)
        #expect(
            Self.decodingProblem(Route53ZoneID.self, #""""#)
                == "`` is not a Route 53 hosted zone id: `Z` and upper-case letters or digits, at most 32 characters, e.g. `Z0ABCDEF123456`"
        )
    }

    @Test func hostNamesFollowRFC1123() {
        #expect(HostName("aggregator.bmltenabled.org") != nil && HostName("localhost") != nil)
        #expect(
            Self.decodingProblem(HostName.self, #""""#)
                == "a host name cannot be empty: write one such as `api.example.com`"
        )
        let long = String(repeating: "a", count: 70) + ".example.com"
        #expect(Self.decodingProblem(HostName.self, "\"\(long)\"")?.contains("a label of 70 characters") == true)
        #expect(HostName(String(repeating: "a.", count: 127) + "ab") == nil)
        #expect(HostName("-api.example.com") == nil && HostName("api..example.com") == nil)
        #expect(HostName("api_x.example.com") == nil && HostName("*.example.com") == nil)
        let long130 = String(repeating: "abcdefghi.", count: 13) + "com"
        #expect(HostName(long130) != nil)
        #expect(RoutedHostName(long130) == nil)
        #expect(RoutedHostName("api.example.com") != nil)
    }

    @Test func hostConditionsAllowWildcards() {
        #expect(HostCondition("*.example.com") != nil && HostCondition("api-?.example.com") != nil)
        #expect(HostCondition("") == nil && HostCondition("a b") == nil)
        #expect(HostCondition(String(repeating: "a", count: 129)) == nil)
        #expect(HostCondition(String(repeating: "a", count: 128)) != nil)
    }

    @Test func bucketNamesFollowS3Rules() {
        #expect(BucketName("bmlt-aggregator-server-list-prod") != nil && BucketName("a.b.c") != nil)
        #expect(
            Self.decodingProblem(BucketName.self, #""ab""#) == "`ab` is 2 characters long; a bucket name has 3 to 63"
        )
        #expect(BucketName("Upper") == nil && BucketName("-abc") == nil && BucketName("abc-") == nil)
        #expect(BucketName("a..b") == nil && BucketName("192.168.1.1") == nil && BucketName("xn--abc") == nil)
        #expect(BucketName("abc-s3alias") == nil && BucketName(String(repeating: "a", count: 64)) == nil)
    }

    @Test func rangesExplainHostBits() {
        #expect(IPv4Range("10.0.0.0/16")?.cidr?.prefixLength == 16)
        #expect(
            Self.decodingProblem(IPv4Range.self, #""10.40.1.0/16""#)
                == "`10.40.1.0/16` has host bits set: a /16 network starts at 10.40.0.0; write `10.40.0.0/16`"
        )
        #expect(IPv4Range("10.0.0.0") == nil && IPv4Range("") == nil)
    }

    @Test func descriptionIsTheValueAsWritten() {
        #expect(PositiveCount(3)?.description == "3")
        #expect(HostName("a.example.com").map { "\($0)" } == "a.example.com")
    }
}
