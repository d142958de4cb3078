extension GeneratorCorpusCase {
    /// The cases, written for this test in the style of each generator (none is copied from a real repository).
    static let all: [GeneratorCorpusCase] = [
        GeneratorCorpusCase(
            name: "cdktf-lambda-with-variables",
            json: #"""
                {
                  "//": {"metadata": {"backend": "local", "stackName": "api", "version": "0.20.0"}, "outputs": {}},
                  "provider": {"aws": [{"region": "${var.region}"}]},
                  "variable": {"region": {"type": "string"}, "env_key": {"type": "string"}, "runtime": {"type": "string"}},
                  "resource": {
                    "aws_iam_role": {
                      "api_role_A1B2C3": {
                        "//": {"metadata": {"path": "api/role", "uniqueId": "api_role_A1B2C3"}},
                        "assume_role_policy": "${jsonencode({\"Version\" = \"2012-10-17\", \"Statement\" = [{\"Effect\" = \"Allow\", \"Principal\" = {\"Service\" = \"lambda.amazonaws.com\"}, \"Action\" = \"sts:AssumeRole\"}]})}",
                        "name": "api-role"
                      }
                    },
                    "aws_lambda_function": {
                      "api_handler_D4E5F6": {
                        "//": {"metadata": {"path": "api/handler", "uniqueId": "api_handler_D4E5F6"}},
                        "function_name": "api-handler",
                        "role": "${aws_iam_role.api_role_A1B2C3.arn}",
                        "runtime": "${var.runtime}",
                        "handler": "index.handler",
                        "filename": "assets/handler.zip",
                        "kms_key_arn": "${var.env_key}",
                        "environment": {"variables": {"API_TOKEN": "${var.api_token}", "TABLE": "orders"}},
                        "tracing_config": {"mode": "${var.tracing_mode}"},
                        "reserved_concurrent_executions": "${var.concurrency}",
                        "timeout": "${var.timeout}",
                        "memory_size": 256
                      }
                    }
                  }
                }
                """#,
            // The value is a variable, but a variable named API_TOKEN holds a token, in plain text in the function's
            // configuration whatever its value: the finding is about the name, not the value.
            trueErrors: ["LMB001 aws_lambda_function.api_handler_D4E5F6"]
        ),
        GeneratorCorpusCase(
            name: "cdktf-bucket-with-variable-access-block",
            json: #"""
                {
                  "//": {"metadata": {"backend": "s3", "stackName": "data"}},
                  "resource": {
                    "aws_s3_bucket": {"data_bucket_7F3A": {"bucket": "${var.bucket_name}", "force_destroy": "${var.force_destroy}"}},
                    "aws_s3_bucket_public_access_block": {
                      "data_bucket_pab_1C2D": {
                        "bucket": "${aws_s3_bucket.data_bucket_7F3A.id}",
                        "block_public_acls": "${var.block_public}",
                        "block_public_policy": "${var.block_public}",
                        "ignore_public_acls": "${var.block_public}",
                        "restrict_public_buckets": "${var.block_public}"
                      }
                    },
                    "aws_s3_bucket_acl": {"data_bucket_acl_9E8D": {"bucket": "${aws_s3_bucket.data_bucket_7F3A.id}", "acl": "${var.acl}"}},
                    "aws_s3_bucket_policy": {
                      "data_bucket_policy_5B6C": {
                        "bucket": "${aws_s3_bucket.data_bucket_7F3A.id}",
                        "policy": "${data.aws_iam_policy_document.tls_only.json}"
                      }
                    }
                  }
                }
                """#
        ),
        GeneratorCorpusCase(
            name: "cdktf-database-from-variables",
            json: #"""
                {
                  "//": {"metadata": {"stackName": "db"}},
                  "resource": {
                    "aws_db_instance": {
                      "db_main_ABCD": {
                        "identifier": "${var.identifier}",
                        "engine": "postgres",
                        "instance_class": "${var.instance_class}",
                        "allocated_storage": 20,
                        "username": "app",
                        "manage_master_user_password": true,
                        "storage_encrypted": "${var.encrypted}",
                        "publicly_accessible": "${var.public}",
                        "multi_az": "${var.multi_az}",
                        "deletion_protection": "${var.deletion_protection}",
                        "backup_retention_period": "${var.backup_days}",
                        "skip_final_snapshot": "${var.skip_final_snapshot}",
                        "final_snapshot_identifier": "db-final"
                      }
                    },
                    "aws_rds_cluster": {
                      "aurora_EF01": {
                        "cluster_identifier": "orders",
                        "engine": "aurora-postgresql",
                        "master_username": "app",
                        "manage_master_user_password": true,
                        "storage_encrypted": "${var.encrypted}",
                        "deletion_protection": "${var.deletion_protection}",
                        "backup_retention_period": 7,
                        "final_snapshot_identifier": "orders-final"
                      }
                    }
                  }
                }
                """#
        ),
        GeneratorCorpusCase(
            name: "wing-website-and-api",
            json: #"""
                {
                  "//": {"metadata": {"backend": "local", "stackName": "root", "version": "0.20.3"}, "outputs": {}},
                  "provider": {"aws": [{}]},
                  "resource": {
                    "aws_s3_bucket": {
                      "Website_WebsiteBucket_3C0321F0": {
                        "//": {"metadata": {"path": "root/Default/Default/Website/WebsiteBucket", "uniqueId": "Website_WebsiteBucket_3C0321F0"}},
                        "bucket_prefix": "websitebucket-c8ae4c2c-",
                        "force_destroy": false
                      }
                    },
                    "aws_s3_bucket_public_access_block": {
                      "Website_PublicAccessBlock_EB2C4D2E": {
                        "bucket": "${aws_s3_bucket.Website_WebsiteBucket_3C0321F0.bucket}",
                        "block_public_acls": true,
                        "block_public_policy": true,
                        "ignore_public_acls": true,
                        "restrict_public_buckets": true
                      }
                    },
                    "aws_cloudfront_distribution": {
                      "Website_Distribution_5E840E42": {
                        "//": {"metadata": {"path": "root/Default/Default/Website/Distribution", "uniqueId": "Website_Distribution_5E840E42"}},
                        "enabled": true,
                        "default_root_object": "index.html",
                        "default_cache_behavior": {
                          "allowed_methods": ["GET", "HEAD"],
                          "cached_methods": ["GET", "HEAD"],
                          "target_origin_id": "s3Origin",
                          "viewer_protocol_policy": "redirect-to-https",
                          "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6"
                        },
                        "origin": [{"domain_name": "${aws_s3_bucket.Website_WebsiteBucket_3C0321F0.bucket_regional_domain_name}", "origin_id": "s3Origin", "origin_access_control_id": "${aws_cloudfront_origin_access_control.Website_OAC.id}"}],
                        "restrictions": {"geo_restriction": {"restriction_type": "none"}},
                        "viewer_certificate": {"cloudfront_default_certificate": true},
                        "price_class": "PriceClass_100"
                      }
                    },
                    "aws_api_gateway_rest_api": {
                      "Api_api_91C07D84": {
                        "name": "api-c8f613f0",
                        "body": "${jsonencode({openapi = \"3.0.3\", paths = {}})}",
                        "lifecycle": {"create_before_destroy": true}
                      }
                    },
                    "aws_api_gateway_deployment": {
                      "Api_api_deployment_7FB64CC4": {
                        "rest_api_id": "${aws_api_gateway_rest_api.Api_api_91C07D84.id}",
                        "triggers": {"redeployment": "${sha256(aws_api_gateway_rest_api.Api_api_91C07D84.body)}"},
                        "lifecycle": {"create_before_destroy": true}
                      }
                    },
                    "aws_api_gateway_stage": {
                      "Api_api_stage_E0FA39D6": {
                        "deployment_id": "${aws_api_gateway_deployment.Api_api_deployment_7FB64CC4.id}",
                        "rest_api_id": "${aws_api_gateway_rest_api.Api_api_91C07D84.id}",
                        "stage_name": "prod"
                      }
                    }
                  }
                }
                """#
        ),
        GeneratorCorpusCase(
            name: "wing-queue-topic-table",
            json: #"""
                {
                  "//": {"metadata": {"stackName": "root"}},
                  "resource": {
                    "aws_sqs_queue": {
                      "Queue": {"//": {"metadata": {"path": "root/Default/Default/Queue/Default", "uniqueId": "Queue"}}, "message_retention_seconds": 3600, "name": "Queue-c822c726", "visibility_timeout_seconds": 30}
                    },
                    "aws_sns_topic": {
                      "Topic": {"name": "Topic-c8228fb7", "kms_master_key_id": "alias/aws/sns"}
                    },
                    "aws_sns_topic_subscription": {
                      "Topic_Sub_1A2B": {"endpoint": "${aws_sqs_queue.Queue.arn}", "protocol": "sqs", "topic_arn": "${aws_sns_topic.Topic.arn}"}
                    },
                    "aws_dynamodb_table": {
                      "Counter": {
                        "attribute": [{"name": "id", "type": "S"}],
                        "billing_mode": "PAY_PER_REQUEST",
                        "hash_key": "id",
                        "name": "wing-counter-Counter-c824ef62"
                      }
                    },
                    "aws_lambda_event_source_mapping": {
                      "Queue_EventSourceMapping_41814136": {"batch_size": 1, "event_source_arn": "${aws_sqs_queue.Queue.arn}", "function_name": "${aws_lambda_function.Consumer.function_name}"}
                    },
                    "aws_lambda_function": {
                      "Consumer": {
                        "function_name": "Consumer-c8b0d9ca",
                        "handler": "index.handler",
                        "role": "${aws_iam_role.Consumer_IamRole.arn}",
                        "runtime": "nodejs20.x",
                        "s3_bucket": "${aws_s3_bucket.Code.bucket}",
                        "s3_key": "${aws_s3_object.Consumer_S3Object.key}",
                        "timeout": "${aws_sqs_queue.Queue.visibility_timeout_seconds}",
                        "environment": {"variables": {"WING_TARGET": "tf-aws", "QUEUE_URL_31e95cbd": "${aws_sqs_queue.Queue.url}"}}
                      }
                    }
                  }
                }
                """#,
            // nodejs20.x: deprecated by AWS on 30 April 2026.
            trueErrors: ["LMB006 aws_lambda_function.Consumer"]
        ),
        GeneratorCorpusCase(
            name: "hand-written-repeated-top-level-keys",
            json: #"""
                {
                  "terraform": {"required_providers": {"aws": {"source": "hashicorp/aws", "version": "~> 5.0"}}},
                  "resource": {"aws_kms_key": {"logs": {"description": "logs", "enable_key_rotation": "${var.rotate_keys}"}}},
                  "resource": {"aws_cloudwatch_log_group": {"app": {"name": "/app/api", "retention_in_days": "${var.log_days}", "kms_key_id": "${aws_kms_key.logs.arn}"}}},
                  "resource": {"aws_ebs_volume": {"data": {"availability_zone": "eu-west-1a", "size": 20, "encrypted": "${var.encrypt_volumes}"}}},
                  "variable": {"rotate_keys": {"type": "bool", "default": true}},
                  "variable": {"log_days": {"type": "number", "default": 365}}
                }
                """#
        ),
        GeneratorCorpusCase(
            name: "hand-written-array-form-blocks",
            json: #"""
                {
                  "resource": [
                    {"aws_security_group": [
                      {"web": [{
                        "name": "web",
                        "description": "web tier",
                        "vpc_id": "${aws_vpc.main.id}",
                        "ingress": [
                          {"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"], "description": "https", "ipv6_cidr_blocks": [], "prefix_list_ids": [], "security_groups": [], "self": false},
                          {"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["${var.admin_cidr}"], "description": "ssh from the office", "ipv6_cidr_blocks": [], "prefix_list_ids": [], "security_groups": [], "self": false}
                        ]
                      }]}
                    ]},
                    {"aws_vpc": [{"main": [{"cidr_block": "10.0.0.0/16"}]}]},
                    {"aws_flow_log": [{"main": [{"vpc_id": "${aws_vpc.main.id}", "traffic_type": "ALL", "log_destination": "${var.flow_log_bucket_arn}", "log_destination_type": "s3"}]}]}
                  ]
                }
                """#
        ),
        GeneratorCorpusCase(
            name: "cdktf-load-balancer-listeners",
            json: #"""
                {
                  "//": {"metadata": {"stackName": "edge"}},
                  "resource": {
                    "aws_lb": {
                      "edge_lb_1234": {
                        "name": "edge",
                        "internal": "${var.internal}",
                        "load_balancer_type": "application",
                        "subnets": "${var.public_subnets}",
                        "drop_invalid_header_fields": true,
                        "enable_deletion_protection": "${var.protect}",
                        "access_logs": {"bucket": "${var.log_bucket}", "enabled": true}
                      }
                    },
                    "aws_lb_listener": {
                      "edge_http_5678": {
                        "load_balancer_arn": "${aws_lb.edge_lb_1234.arn}",
                        "port": 80,
                        "protocol": "HTTP",
                        "default_action": [{"type": "redirect", "redirect": {"port": "443", "protocol": "HTTPS", "status_code": "HTTP_301"}}]
                      },
                      "edge_https_9ABC": {
                        "load_balancer_arn": "${aws_lb.edge_lb_1234.arn}",
                        "port": 443,
                        "protocol": "HTTPS",
                        "ssl_policy": "${var.ssl_policy}",
                        "certificate_arn": "${var.certificate_arn}",
                        "default_action": [{"type": "forward", "target_group_arn": "${aws_lb_target_group.edge_tg_DEF0.arn}"}]
                      }
                    },
                    "aws_lb_target_group": {
                      "edge_tg_DEF0": {"name": "edge-api", "port": 8080, "protocol": "HTTP", "target_type": "ip", "vpc_id": "${var.vpc_id}"}
                    }
                  }
                }
                """#
        ),
        GeneratorCorpusCase(
            name: "cdktf-iam-policies-from-expressions",
            json: #"""
                {
                  "//": {"metadata": {"stackName": "iam"}},
                  "data": {
                    "aws_iam_policy_document": {
                      "reader": {"statement": [{"actions": "${var.reader_actions}", "resources": ["${aws_s3_bucket.data.arn}/*"]}]}
                    }
                  },
                  "resource": {
                    "aws_s3_bucket": {"data": {"bucket": "iam-corpus-data"}},
                    "aws_s3_bucket_public_access_block": {"data": {"bucket": "${aws_s3_bucket.data.id}", "block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}},
                    "aws_iam_policy": {
                      "reader": {"name": "reader", "policy": "${data.aws_iam_policy_document.reader.json}"},
                      "deployer": {"name": "deployer", "policy": "${jsonencode({Version = \"2012-10-17\", Statement = [{Effect = \"Allow\", Action = var.deploy_actions, Resource = var.deploy_resources}]})}"}
                    },
                    "aws_iam_role": {
                      "ci": {
                        "name": "ci",
                        "assume_role_policy": "${data.aws_iam_policy_document.ci_trust.json}",
                        "managed_policy_arns": ["${aws_iam_policy.reader.arn}"]
                      }
                    },
                    "aws_iam_role_policy_attachment": {
                      "ci_extra": {"role": "${aws_iam_role.ci.name}", "policy_arn": "${var.extra_policy_arn}"}
                    }
                  }
                }
                """#
        ),
        GeneratorCorpusCase(
            name: "cdktf-ecs-task-with-jsonencoded-containers",
            json: #"""
                {
                  "//": {"metadata": {"stackName": "service"}},
                  "resource": {
                    "aws_ecs_cluster": {"main": {"name": "main", "setting": [{"name": "containerInsights", "value": "${var.insights}"}]}},
                    "aws_ecs_task_definition": {
                      "api": {
                        "family": "api",
                        "requires_compatibilities": ["FARGATE"],
                        "network_mode": "awsvpc",
                        "cpu": "256",
                        "memory": "512",
                        "execution_role_arn": "${aws_iam_role.execution.arn}",
                        "task_role_arn": "${aws_iam_role.task.arn}",
                        "container_definitions": "${jsonencode([{name = \"api\", image = var.image, essential = true, environment = [{name = \"DB_PASSWORD\", value = var.db_password}]}])}"
                      }
                    },
                    "aws_ecs_service": {
                      "api": {
                        "name": "api",
                        "cluster": "${aws_ecs_cluster.main.id}",
                        "task_definition": "${aws_ecs_task_definition.api.arn}",
                        "desired_count": "${var.desired}",
                        "launch_type": "FARGATE",
                        "network_configuration": {"subnets": "${var.private_subnets}", "assign_public_ip": "${var.public_ip}", "security_groups": ["${var.sg}"]}
                      }
                    }
                  }
                }
                """#
        ),
        GeneratorCorpusCase(
            name: "hand-written-launch-template-and-instance",
            json: #"""
                {
                  "resource": {
                    "aws_launch_template": {
                      "workers": {
                        "name_prefix": "workers-",
                        "image_id": "${data.aws_ami.al2023.id}",
                        "instance_type": "t3.small",
                        "metadata_options": {"http_tokens": "${var.http_tokens}", "http_endpoint": "enabled"},
                        "block_device_mappings": [{"device_name": "/dev/xvda", "ebs": {"volume_size": 30, "encrypted": "${var.encrypted}"}}],
                        "network_interfaces": [{"associate_public_ip_address": "${var.public_ip}"}]
                      }
                    },
                    "aws_instance": {
                      "bastion": {
                        "ami": "${data.aws_ami.al2023.id}",
                        "instance_type": "t3.micro",
                        "metadata_options": {"http_tokens": "required"},
                        "root_block_device": {"encrypted": true},
                        "associate_public_ip_address": "${var.bastion_public}"
                      }
                    }
                  }
                }
                """#
        ),
        GeneratorCorpusCase(
            name: "cdktf-cloudfront-from-variables",
            json: #"""
                {
                  "//": {"metadata": {"stackName": "cdn"}},
                  "resource": {
                    "aws_cloudfront_distribution": {
                      "cdn_4F2E": {
                        "enabled": true,
                        "web_acl_id": "${var.web_acl_arn}",
                        "logging_config": {"bucket": "${var.log_bucket_domain}"},
                        "origin": [{"domain_name": "${var.origin}", "origin_id": "app"}],
                        "default_cache_behavior": {"target_origin_id": "app", "viewer_protocol_policy": "${var.viewer_protocol_policy}", "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"]},
                        "ordered_cache_behavior": [{"path_pattern": "/api/*", "target_origin_id": "app", "viewer_protocol_policy": "https-only", "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"]}],
                        "restrictions": {"geo_restriction": {"restriction_type": "none"}},
                        "viewer_certificate": {"acm_certificate_arn": "${var.certificate_arn}", "ssl_support_method": "sni-only", "minimum_protocol_version": "${var.tls_minimum}"}
                      }
                    }
                  }
                }
                """#
        ),
        GeneratorCorpusCase(
            name: "cdktf-messaging-from-variables",
            json: #"""
                {
                  "//": {"metadata": {"stackName": "messaging"}},
                  "resource": {
                    "aws_sqs_queue": {
                      "jobs_1A": {"name": "${var.queue_name}", "sqs_managed_sse_enabled": "${var.sse}", "fifo_queue": "${var.fifo}", "redrive_policy": "${jsonencode({deadLetterTargetArn = aws_sqs_queue.dlq_2B.arn, maxReceiveCount = var.max_receives})}"},
                      "dlq_2B": {"name": "${var.queue_name}-dlq", "kms_master_key_id": "${var.queue_key}"}
                    },
                    "aws_sns_topic": {"alerts_3C": {"name": "alerts", "kms_master_key_id": "${var.topic_key}"}},
                    "aws_sqs_queue_policy": {"jobs_policy_4D": {"queue_url": "${aws_sqs_queue.jobs_1A.id}", "policy": "${data.aws_iam_policy_document.jobs.json}"}}
                  }
                }
                """#
        ),
        GeneratorCorpusCase(
            name: "hand-written-elasticache-and-efs",
            json: #"""
                {
                  "resource": {
                    "aws_elasticache_replication_group": {
                      "cache": {
                        "replication_group_id": "cache",
                        "description": "session cache",
                        "engine": "redis",
                        "node_type": "cache.t4g.micro",
                        "num_cache_clusters": 2,
                        "at_rest_encryption_enabled": "${var.encrypt}",
                        "transit_encryption_enabled": "${var.encrypt}",
                        "auth_token": "${var.redis_token}"
                      }
                    },
                    "aws_efs_file_system": {"shared": {"encrypted": "${var.encrypt}", "creation_token": "shared"}},
                    "aws_ecr_repository": {"app": {"name": "app", "image_tag_mutability": "${var.tag_mutability}", "image_scanning_configuration": {"scan_on_push": "${var.scan}"}}}
                  }
                }
                """#
        ),
        GeneratorCorpusCase(
            name: "cdktf-provider-credentials-from-variables",
            json: #"""
                {
                  "//": {"metadata": {"stackName": "creds"}},
                  "provider": {"aws": [{"region": "eu-west-1", "access_key": "${var.access_key}", "secret_key": "${var.secret_key}"}, {"alias": "us", "region": "us-east-1", "profile": "deploy"}]},
                  "resource": {
                    "aws_secretsmanager_secret": {"api_key": {"name": "api-key", "kms_key_id": "${var.secret_key_arn}", "recovery_window_in_days": "${var.recovery_days}"}},
                    "aws_secretsmanager_secret_version": {"api_key": {"secret_id": "${aws_secretsmanager_secret.api_key.id}", "secret_string": "${var.api_key}"}},
                    "aws_ssm_parameter": {"db_password": {"name": "/app/db_password", "type": "${var.parameter_type}", "value": "${var.db_password}"}}
                  }
                }
                """#
        ),
        GeneratorCorpusCase(
            name: "hand-written-for-each-buckets",
            json: #"""
                {
                  "variable": [{"buckets": {"type": "set(string)"}}],
                  "resource": [
                    {"aws_s3_bucket": {"each": {"for_each": "${var.buckets}", "bucket": "${each.key}"}}},
                    {"aws_s3_bucket_public_access_block": {"each": {"for_each": "${aws_s3_bucket.each}", "bucket": "${each.value.id}", "block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}}},
                    {"aws_s3_bucket_versioning": {"each": {"for_each": "${aws_s3_bucket.each}", "bucket": "${each.value.id}", "versioning_configuration": {"status": "${var.versioning_status}"}}}}
                  ]
                }
                """#
        ),
        GeneratorCorpusCase(
            name: "cdktf-http-api-and-dynamodb",
            json: #"""
                {
                  "//": {"metadata": {"stackName": "http"}},
                  "resource": {
                    "aws_apigatewayv2_api": {"http_5E": {"name": "http", "protocol_type": "HTTP"}},
                    "aws_apigatewayv2_route": {
                      "get_items_6F": {"api_id": "${aws_apigatewayv2_api.http_5E.id}", "route_key": "GET /items", "authorization_type": "${var.authorization}"}
                    },
                    "aws_apigatewayv2_stage": {
                      "default_7A": {"api_id": "${aws_apigatewayv2_api.http_5E.id}", "name": "$default", "auto_deploy": true, "access_log_settings": {"destination_arn": "${var.log_group_arn}", "format": "$context.requestId"}}
                    },
                    "aws_dynamodb_table": {
                      "items_8B": {
                        "name": "items",
                        "hash_key": "id",
                        "billing_mode": "PAY_PER_REQUEST",
                        "attribute": [{"name": "id", "type": "S"}],
                        "point_in_time_recovery": {"enabled": "${var.pitr}"},
                        "server_side_encryption": {"enabled": true, "kms_key_arn": "${var.table_key}"}
                      }
                    }
                  }
                }
                """#
        ),
    ]
}
