import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_lb, aws_lb_listener, aws_lb_listener_certificate, aws_lb_listener_rule, aws_lb_target_group).
// Read from the provider source named per type; each was confirmed against the 5.100.0 binary with
// `terraform validate` on a violating value (see ProviderConstraints.swift).

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
                .conflicts("name", ["name_prefix"]),
                .conflicts("name_prefix", ["name"]),
                .oneOf("xff_header_processing_mode", ["append", "preserve", "remove"]),
                .exactlyOneOf(["subnet_mapping", "subnets"]),
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
            ]
        ),
        ResourceConstraints("aws_lb_target_group", source: "internal/service/elbv2/target_group.go", []),
    ]
}
