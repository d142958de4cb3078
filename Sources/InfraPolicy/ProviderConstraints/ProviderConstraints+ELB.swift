import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_lb, aws_lb_listener, aws_lb_listener_certificate, aws_lb_listener_rule, aws_lb_target_group, aws_lb_target_group_attachment).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let elb: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_lb",
            source: "internal/service/elbv2/load_balancer.go",
            [
                .oneOf("desync_mitigation_mode", ["monitor", "defensive", "strictest"]),
                .oneOf(
                    "dns_record_client_routing_policy",
                    ["availability_zone_affinity", "partial_availability_zone_affinity", "any_availability_zone"]
                ),
                .oneOf("enforce_security_group_inbound_rules_on_private_link_traffic", ["on", "off"]),
                .oneOf("ip_address_type", ["ipv4", "dualstack", "dualstack-without-public-ipv4"]),
                .oneOf("load_balancer_type", ["application", "network", "gateway"]),
                .length("name", 0...32),
                .conflicts("name", ["name_prefix"]),
                .length("name_prefix", 0...6),
                .conflicts("name_prefix", ["name"]),
                .oneOf("xff_header_processing_mode", ["append", "preserve", "remove"]),
                .exactlyOneOf(["subnet_mapping", "subnets"]),
                .matches(
                    "name",
                    #"^[0-9A-Za-z-]+$"#,
                    "only alphanumeric characters and hyphens allowed in \"name\"",
                    example: "app-public"
                ).from("internal/service/elbv2/validate.go"),
                .doesNotMatch("name", "^-", "\"name\" cannot begin with a hyphen").from(
                    "internal/service/elbv2/validate.go"
                ),
                .doesNotMatch("name", "-$", "\"name\" cannot end with a hyphen").from(
                    "internal/service/elbv2/validate.go"
                ),
                .matches(
                    "name_prefix",
                    #"^[0-9A-Za-z-]+$"#,
                    "only alphanumeric characters and hyphens allowed in \"name_prefix\"",
                    example: "app-"
                ).from("internal/service/elbv2/validate.go"),
                .doesNotMatch("name_prefix", "^-", "\"name_prefix\" cannot begin with a hyphen").from(
                    "internal/service/elbv2/validate.go"
                ),
                .doesNotMatch("name", "^internal-", "\"name\" cannot begin with \"internal-\"").from(
                    "internal/service/elbv2/validate.go"
                ),
            ]
        ),
        ResourceConstraints(
            "aws_lb_listener",
            source: "internal/service/elbv2/listener.go",
            [
                .oneOf("alpn_policy", ["HTTP1Only", "HTTP2Only", "HTTP2Optional", "HTTP2Preferred", "None"]),
                .arn("certificate_arn"),
                .oneOf(
                    "default_action.authenticate_cognito.on_unauthenticated_request",
                    ["deny", "allow", "authenticate"]
                ),
                .arn("default_action.authenticate_cognito.user_pool_arn"),
                .oneOf(
                    "default_action.authenticate_oidc.on_unauthenticated_request",
                    ["deny", "allow", "authenticate"]
                ),
                .oneOf(
                    "default_action.fixed_response.content_type",
                    ["text/plain", "text/css", "text/html", "application/javascript", "application/json"]
                ),
                .length("default_action.fixed_response.message_body", 0...1024),
                .matches("default_action.fixed_response.status_code", #"^[245]\d\d$"#, "must match ^[245]\\d\\d$"),
                .range("default_action.forward.stickiness.duration", 1...604800),
                .arn("default_action.forward.target_group.arn"),
                .range("default_action.forward.target_group.weight", 0...999),
                .range("default_action.order", 1...50000),
                .length("default_action.redirect.host", 1...128),
                .length("default_action.redirect.path", 1...128),
                .oneOf("default_action.redirect.protocol", ["#{protocol}", "HTTP", "HTTPS"]),
                .length("default_action.redirect.query", 0...128),
                .oneOf("default_action.redirect.status_code", ["HTTP_301", "HTTP_302"]),
                .arn("default_action.target_group_arn"),
                .oneOf(
                    "default_action.type",
                    ["forward", "authenticate-oidc", "authenticate-cognito", "redirect", "fixed-response"]
                ),
                .arn("load_balancer_arn"),
                .oneOf("mutual_authentication.advertise_trust_store_ca_names", ["on", "off"]),
                .oneOf("mutual_authentication.mode", ["off", "verify", "passthrough"]),
                .arn("mutual_authentication.trust_store_arn"),
                .oneOf("protocol", ["HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP", "GENEVE"]),
                .range("tcp_idle_timeout_seconds", 60...6000),
                .range("port", 1...65535),
            ]
        ),
        ResourceConstraints(
            "aws_lb_listener_certificate",
            source: "internal/service/elbv2/listener_certificate.go",
            [
                .arn("certificate_arn"),
                .arn("listener_arn"),
            ]
        ),
        ResourceConstraints(
            "aws_lb_listener_rule",
            source: "internal/service/elbv2/listener_rule.go",
            [
                .oneOf("action.authenticate_cognito.on_unauthenticated_request", ["deny", "allow", "authenticate"]),
                .arn("action.authenticate_cognito.user_pool_arn"),
                .oneOf("action.authenticate_oidc.on_unauthenticated_request", ["deny", "allow", "authenticate"]),
                .oneOf(
                    "action.fixed_response.content_type",
                    ["text/plain", "text/css", "text/html", "application/javascript", "application/json"]
                ),
                .length("action.fixed_response.message_body", 0...1024),
                .matches("action.fixed_response.status_code", #"^[245]\d\d$"#, "must match ^[245]\\d\\d$"),
                .range("action.forward.stickiness.duration", 1...604800),
                .arn("action.forward.target_group.arn"),
                .range("action.forward.target_group.weight", 0...999),
                .range("action.order", 1...50000),
                .length("action.redirect.host", 1...128),
                .length("action.redirect.path", 1...128),
                .oneOf("action.redirect.protocol", ["#{protocol}", "HTTP", "HTTPS"]),
                .length("action.redirect.query", 0...128),
                .oneOf("action.redirect.status_code", ["HTTP_301", "HTTP_302"]),
                .arn("action.target_group_arn"),
                .oneOf(
                    "action.type",
                    ["forward", "authenticate-oidc", "authenticate-cognito", "redirect", "fixed-response"]
                ),
                .length("condition.host_header.values", 1...128),
                .matches(
                    "condition.http_header.http_header_name",
                    #"^[0-9A-Za-z_!#$%&'*+,.^`|~-]{1,40}$"#,
                    "must match ^[0-9A-Za-z_!#$%&'*+,.^`|~-]{1,40}$"
                ),
                .length("condition.http_header.values", 1...128),
                .matches(
                    "condition.http_request_method.values",
                    #"^[A-Za-z-_]{1,40}$"#,
                    "must match ^[A-Za-z-_]{1,40}$"
                ),
                .length("condition.path_pattern.values", 1...128),
                .arn("listener_arn"),
                .anyOf("priority", [.range("priority", 1...50000), .intOneOf("priority", [99999])]),
                .cidr("condition.source_ip.values"),
            ]
        ),
        ResourceConstraints(
            "aws_lb_target_group",
            source: "internal/service/elbv2/target_group.go",
            [
                .range("health_check.healthy_threshold", 2...10),
                .range("health_check.interval", 5...300),
                .length("health_check.path", 1...1024),
                .oneOf("health_check.protocol", ["HTTP", "HTTPS", "TCP"]),
                .range("health_check.timeout", 2...120),
                .range("health_check.unhealthy_threshold", 2...10),
                .oneOf("ip_address_type", ["ipv4", "ipv6"]),
                .oneOf(
                    "load_balancing_algorithm_type",
                    ["round_robin", "least_outstanding_requests", "weighted_random"]
                ),
                .oneOf("load_balancing_anomaly_mitigation", ["on", "off"]),
                .oneOf("load_balancing_cross_zone_enabled", ["true", "false", "use_load_balancer_configuration"]),
                .length("name", 0...32),
                .conflicts("name", ["name_prefix"]),
                .length("name_prefix", 0...6),
                .conflicts("name_prefix", ["name"]),
                .range("port", 1...65535),
                .oneOf("protocol", ["HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP", "GENEVE"]),
                .oneOf("protocol_version", ["GRPC", "HTTP1", "HTTP2"]),
                .anyOf("slow_start", [.range("slow_start", 0...0), .range("slow_start", 30...900)]),
                .range("stickiness.cookie_duration", 0...604800),
                .oneOf(
                    "stickiness.type",
                    ["lb_cookie", "app_cookie", "source_ip", "source_ip_dest_ip", "source_ip_dest_ip_proto"]
                ),
                .oneOf("target_failover.on_deregistration", ["rebalance", "no_rebalance"]),
                .oneOf("target_failover.on_unhealthy", ["rebalance", "no_rebalance"]),
                .range("target_health_state.unhealthy_draining_interval", 0...360000),
                .oneOf("target_type", ["instance", "ip", "lambda", "alb"]),
                .matches(
                    "name",
                    #"^[0-9A-Za-z-]+$"#,
                    "only alphanumeric characters and hyphens allowed in \"name\"",
                    example: "app-public"
                ).from("internal/service/elbv2/validate.go"),
                .doesNotMatch("name", "^-", "\"name\" cannot begin with a hyphen").from(
                    "internal/service/elbv2/validate.go"
                ),
                .doesNotMatch("name", "-$", "\"name\" cannot end with a hyphen").from(
                    "internal/service/elbv2/validate.go"
                ),
                .matches(
                    "name_prefix",
                    #"^[0-9A-Za-z-]+$"#,
                    "only alphanumeric characters and hyphens allowed in \"name_prefix\"",
                    example: "app-"
                ).from("internal/service/elbv2/validate.go"),
                .doesNotMatch("name_prefix", "^-", "\"name_prefix\" cannot begin with a hyphen").from(
                    "internal/service/elbv2/validate.go"
                ),
                .length("name", 0...32).from("internal/service/elbv2/validate.go"),
                .length("name_prefix", 0...6).from("internal/service/elbv2/validate.go"),
            ]
        ),
        ResourceConstraints(
            "aws_lb_target_group_attachment",
            source: "internal/service/elbv2/target_group_attachment.go",
            []
        ),
    ]
}
