import InfraAWS
import InfraCore
import Testing

@Suite struct RoutingTests {
    static let vpc = Ref<ID<EC2.VPC>>(ResourceAddress(type: "aws_vpc", name: "main"), "id")
    static let subnets = ["a", "b"].map { Ref<ID<EC2.Subnet>>(ResourceAddress(type: "aws_subnet", name: $0), "id") }
    static let group = EC2.SecurityGroup("alb", name: "alb", description: "ALB", vpc: vpc)
    static let live1 = ELB.TargetGroup(
        "live1",
        name: "live1",
        targets: .ips(port: 8080),
        vpc: vpc,
        healthCheck: .init(path: "/")
    )
    static let live2 = ELB.TargetGroup(
        "live2",
        name: "live2",
        targets: .ips(port: 8080),
        vpc: vpc,
        healthCheck: .init(path: "/")
    )
    static let alb = ELB.ApplicationLoadBalancer(
        "main",
        name: "app",
        scheme: .internal,
        subnets: subnets,
        securityGroups: [group],
        certificates: [
            .existing("arn:aws:acm:eu-central-1:111122223333:certificate/one"),
            .existing("arn:aws:acm:eu-central-1:111122223333:certificate/two"),
        ],
        idleTimeoutSeconds: 3600,
        deletionProtection: false
    )

    @Test func ruleWithSeveralConditionsAndAWeightedForward() {
        let rule = ELB.ListenerRule(
            "listen_ws",
            listener: Self.alb.httpsListener,
            priority: 100,
            when: [.header("Upgrade", ["websocket"]), .path(["/listen/*"])],
            then: .weightedForward([.init(Self.live1, weight: 50), .init(Self.live2, weight: 50)])
        )
        #expect(
            Snippet.json(rule) == """
                {
                  "aws_lb_listener_rule": {
                    "listen_ws": {
                      "action": [
                        {
                          "forward": [
                            {
                              "target_group": [
                                {
                                  "arn": "${aws_lb_target_group.live1.arn}",
                                  "weight": 50
                                },
                                {
                                  "arn": "${aws_lb_target_group.live2.arn}",
                                  "weight": 50
                                }
                              ]
                            }
                          ],
                          "type": "forward"
                        }
                      ],
                      "condition": [
                        {
                          "http_header": [
                            {
                              "http_header_name": "Upgrade",
                              "values": [
                                "websocket"
                              ]
                            }
                          ]
                        },
                        {
                          "path_pattern": [
                            {
                              "values": [
                                "/listen/*"
                              ]
                            }
                          ]
                        }
                      ],
                      "listener_arn": "${aws_lb_listener.main_https.arn}",
                      "priority": 100
                    }
                  }
                }

                """
        )
    }

    @Test func methodSourceRedirectAndFixedResponse() throws {
        let redirect = ELB.ListenerRule(
            "old",
            listener: Self.alb.httpsListener,
            priority: 5,
            when: [.method(["GET"]), .sourceIP(["10.0.0.0/8"]), .host(["old.example.org"])],
            then: .redirect(host: "new.example.org", permanent: true)
        )
        let body = try #require(redirect.resources.first).attributes
        #expect(
            body["action"] == [
                ["type": "redirect", "redirect": [["host": "new.example.org", "status_code": "HTTP_301"]]]
            ]
        )
        #expect(
            body["condition"] == [
                ["http_request_method": [["values": ["GET"]]]],
                ["source_ip": [["values": ["10.0.0.0/8"]]]],
                ["host_header": [["values": ["old.example.org"]]]],
            ]
        )
        let teapot = ELB.ListenerRule(
            "teapot",
            listener: Self.alb.httpsListener,
            priority: 6,
            when: [.path(["/tea"])],
            then: .fixedResponse(status: 418, body: "short and stout")
        )
        #expect(
            try #require(teapot.resources.first).attributes["action"] == [
                [
                    "type": "fixed-response",
                    "fixed_response": [
                        ["content_type": "text/plain", "message_body": "short and stout", "status_code": "418"]
                    ],
                ]
            ]
        )
    }

    @Test func internalLoadBalancerWithSNICertificatesAndLongIdleTimeout() throws {
        #expect(
            Snippet.addresses(Self.alb) == [
                "aws_lb.main", "aws_lb_listener.main_https", "aws_lb_listener.main_http",
                "aws_lb_listener_certificate.main_https_1",
            ]
        )
        let balancer = try #require(Self.alb.resources.first).attributes
        #expect(balancer["internal"] == true)
        #expect(balancer["idle_timeout"] == 3600)
        let https = try #require(Snippet.json(Self.alb, "aws_lb_listener.main_https"))
        #expect(https.contains("certificate/one"))
        #expect(!https.contains("certificate/two"))
        #expect(
            try #require(Snippet.json(Self.alb, "aws_lb_listener_certificate.main_https_1")).contains("certificate/two")
        )
        let http = try #require(Snippet.json(Self.alb, "aws_lb_listener.main_http"))
        #expect(http.contains(#""protocol": "HTTPS""#) && http.contains("HTTP_301"))
        #expect(Self.alb.problems.isEmpty)
    }

    @Test func accessLogsGoToTheBucket() throws {
        let logs = S3.PrivateBucket(
            "logs",
            bucket: "app-alb-logs",
            writers: [.loadBalancerLogs(prefix: "alb/", accountID: "111122223333")]
        )
        let alb = ELB.ApplicationLoadBalancer(
            "main",
            name: "app",
            subnets: Self.subnets,
            securityGroups: [Self.group],
            certificates: [.existing("arn:aws:acm:eu-central-1:111122223333:certificate/one")],
            accessLogs: .init(bucket: logs, prefix: "alb"),
            deletionProtection: true
        )
        #expect(
            try #require(alb.resources.first).attributes["access_logs"] == [
                ["bucket": .expression("${aws_s3_bucket.logs.bucket}"), "prefix": "alb", "enabled": true]
            ]
        )
        let policy = try #require(Snippet.json(logs, "aws_s3_bucket_policy.logs"))
        #expect(policy.contains("logdelivery.elasticloadbalancing.amazonaws.com"))
        #expect(policy.contains("${aws_s3_bucket.logs.arn}/alb/*"))
    }

    @Test func aLoadBalancerWithoutCertificateIsAProblem() {
        let alb = ELB.ApplicationLoadBalancer(
            "main",
            name: "app",
            subnets: Self.subnets,
            securityGroups: [Self.group],
            certificates: [],
            deletionProtection: true
        )
        #expect(alb.problems.map(\.message) == ["load balancer `app` has an HTTPS listener but no certificate"])
    }
}
