// DO NOT EDIT. Generated from `checkov --list --framework terraform` (checkov 3.3.30), AWS checks and the two generic
// module checks (CKV_TF_1, CKV_TF_2), which fail on AWS configurations too.
// swift-format-ignore-file
// One line per check and entity: id, entity kind (resource, data, provider), Terraform type, title; tab-separated.

extension CheckovCatalogue {
    /// The checks of checkov 3.3.30 on Terraform AWS resources, data sources and the provider.
    static let text = #"""
CKV_AWS_1	data	aws_iam_policy_document	Ensure IAM policies that allow full "*-*" administrative privileges are not created
CKV_AWS_2	resource	aws_alb_listener	Ensure ALB protocol is HTTPS
CKV_AWS_2	resource	aws_lb_listener	Ensure ALB protocol is HTTPS
CKV_AWS_3	resource	aws_ebs_volume	Ensure all data stored in the EBS is securely encrypted
CKV_AWS_5	resource	aws_elasticsearch_domain	Ensure all data stored in the Elasticsearch is securely encrypted at rest
CKV_AWS_5	resource	aws_opensearch_domain	Ensure all data stored in the Elasticsearch is securely encrypted at rest
CKV_AWS_6	resource	aws_elasticsearch_domain	Ensure all Elasticsearch has node-to-node encryption enabled
CKV_AWS_6	resource	aws_opensearch_domain	Ensure all Elasticsearch has node-to-node encryption enabled
CKV_AWS_7	resource	aws_kms_key	Ensure rotation for customer created CMKs is enabled
CKV_AWS_8	resource	aws_instance	Ensure all data stored in the Launch configuration or instance Elastic Blocks Store is securely encrypted
CKV_AWS_8	resource	aws_launch_configuration	Ensure all data stored in the Launch configuration or instance Elastic Blocks Store is securely encrypted
CKV_AWS_9	resource	aws_iam_account_password_policy	Ensure IAM password policy expires passwords within 90 days or less
CKV_AWS_10	resource	aws_iam_account_password_policy	Ensure IAM password policy requires minimum length of 14 or greater
CKV_AWS_11	resource	aws_iam_account_password_policy	Ensure IAM password policy requires at least one lowercase letter
CKV_AWS_12	resource	aws_iam_account_password_policy	Ensure IAM password policy requires at least one number
CKV_AWS_13	resource	aws_iam_account_password_policy	Ensure IAM password policy prevents password reuse
CKV_AWS_14	resource	aws_iam_account_password_policy	Ensure IAM password policy requires at least one symbol
CKV_AWS_15	resource	aws_iam_account_password_policy	Ensure IAM password policy requires at least one uppercase letter
CKV_AWS_16	resource	aws_db_instance	Ensure all data stored in the RDS is securely encrypted at rest
CKV_AWS_17	resource	aws_db_instance	Ensure all data stored in RDS is not publicly accessible
CKV_AWS_17	resource	aws_rds_cluster_instance	Ensure all data stored in RDS is not publicly accessible
CKV_AWS_18	resource	aws_s3_bucket	Ensure the S3 bucket has access logging enabled
CKV_AWS_19	resource	aws_s3_bucket	Ensure all data stored in the S3 bucket is securely encrypted at rest
CKV_AWS_19	resource	aws_s3_bucket_server_side_encryption_configuration	Ensure all data stored in the S3 bucket is securely encrypted at rest
CKV_AWS_20	resource	aws_s3_bucket	S3 Bucket has an ACL defined which allows public READ access.
CKV_AWS_20	resource	aws_s3_bucket_acl	S3 Bucket has an ACL defined which allows public READ access.
CKV_AWS_21	resource	aws_s3_bucket	Ensure all data stored in the S3 bucket have versioning enabled
CKV_AWS_21	resource	aws_s3_bucket_versioning	Ensure all data stored in the S3 bucket have versioning enabled
CKV_AWS_22	resource	aws_sagemaker_notebook_instance	Ensure SageMaker Notebook is encrypted at rest using KMS CMK
CKV_AWS_23	resource	aws_db_security_group	Ensure every security group and rule has a description
CKV_AWS_23	resource	aws_elasticache_security_group	Ensure every security group and rule has a description
CKV_AWS_23	resource	aws_redshift_security_group	Ensure every security group and rule has a description
CKV_AWS_23	resource	aws_security_group	Ensure every security group and rule has a description
CKV_AWS_23	resource	aws_security_group_rule	Ensure every security group and rule has a description
CKV_AWS_23	resource	aws_vpc_security_group_egress_rule	Ensure every security group and rule has a description
CKV_AWS_23	resource	aws_vpc_security_group_ingress_rule	Ensure every security group and rule has a description
CKV_AWS_24	resource	aws_security_group	Ensure no security groups allow ingress from 0.0.0.0:0 to port 22
CKV_AWS_24	resource	aws_security_group_rule	Ensure no security groups allow ingress from 0.0.0.0:0 to port 22
CKV_AWS_24	resource	aws_vpc_security_group_ingress_rule	Ensure no security groups allow ingress from 0.0.0.0:0 to port 22
CKV_AWS_25	resource	aws_security_group	Ensure no security groups allow ingress from 0.0.0.0:0 to port 3389
CKV_AWS_25	resource	aws_security_group_rule	Ensure no security groups allow ingress from 0.0.0.0:0 to port 3389
CKV_AWS_25	resource	aws_vpc_security_group_ingress_rule	Ensure no security groups allow ingress from 0.0.0.0:0 to port 3389
CKV_AWS_26	resource	aws_sns_topic	Ensure all data stored in the SNS topic is encrypted
CKV_AWS_27	resource	aws_sqs_queue	Ensure all data stored in the SQS queue is encrypted
CKV_AWS_28	resource	aws_dynamodb_table	Ensure DynamoDB point in time recovery (backup) is enabled
CKV_AWS_29	resource	aws_elasticache_replication_group	Ensure all data stored in the ElastiCache Replication Group is securely encrypted at rest
CKV_AWS_30	resource	aws_elasticache_replication_group	Ensure all data stored in the ElastiCache Replication Group is securely encrypted at transit
CKV_AWS_31	resource	aws_elasticache_replication_group	Ensure all data stored in the ElastiCache Replication Group is securely encrypted at transit and has auth token
CKV_AWS_32	resource	aws_ecr_repository_policy	Ensure ECR policy is not set to public
CKV_AWS_33	resource	aws_kms_key	Ensure KMS key policy does not contain wildcard (*) principal
CKV_AWS_34	resource	aws_cloudfront_distribution	Ensure CloudFront distribution ViewerProtocolPolicy is set to HTTPS
CKV_AWS_35	resource	aws_cloudtrail	Ensure CloudTrail logs are encrypted at rest using KMS CMKs
CKV_AWS_36	resource	aws_cloudtrail	Ensure CloudTrail log file validation is enabled
CKV_AWS_37	resource	aws_eks_cluster	Ensure Amazon EKS control plane logging is enabled for all log types
CKV_AWS_38	resource	aws_eks_cluster	Ensure Amazon EKS public endpoint not accessible to 0.0.0.0/0
CKV_AWS_39	resource	aws_eks_cluster	Ensure Amazon EKS public endpoint disabled
CKV_AWS_40	resource	aws_iam_policy_attachment	Ensure IAM policies are attached only to groups or roles (Reducing access management complexity may in-turn reduce opportunity for a principal to inadvertently receive or retain excessive privileges.)
CKV_AWS_40	resource	aws_iam_user_policy	Ensure IAM policies are attached only to groups or roles (Reducing access management complexity may in-turn reduce opportunity for a principal to inadvertently receive or retain excessive privileges.)
CKV_AWS_40	resource	aws_iam_user_policy_attachment	Ensure IAM policies are attached only to groups or roles (Reducing access management complexity may in-turn reduce opportunity for a principal to inadvertently receive or retain excessive privileges.)
CKV_AWS_41	provider	aws	Ensure no hard coded AWS access key and secret key exists in provider
CKV_AWS_42	resource	aws_efs_file_system	Ensure EFS is securely encrypted
CKV_AWS_43	resource	aws_kinesis_stream	Ensure Kinesis Stream is securely encrypted
CKV_AWS_44	resource	aws_neptune_cluster	Ensure Neptune storage is securely encrypted
CKV_AWS_45	resource	aws_lambda_function	Ensure no hard-coded secrets exist in lambda environment
CKV_AWS_46	resource	aws_instance	Ensure no hard-coded secrets exist in EC2 user data
CKV_AWS_46	resource	aws_launch_configuration	Ensure no hard-coded secrets exist in EC2 user data
CKV_AWS_46	resource	aws_launch_template	Ensure no hard-coded secrets exist in EC2 user data
CKV_AWS_47	resource	aws_dax_cluster	Ensure DAX is encrypted at rest (default is unencrypted)
CKV_AWS_48	resource	aws_mq_broker	Ensure MQ Broker logging is enabled
CKV_AWS_49	data	aws_iam_policy_document	Ensure no IAM policies documents allow "*" as a statement's actions
CKV_AWS_50	resource	aws_lambda_function	X-Ray tracing is enabled for Lambda
CKV_AWS_51	resource	aws_ecr_repository	Ensure ECR Image Tags are immutable
CKV_AWS_53	resource	aws_s3_bucket_public_access_block	Ensure S3 bucket has block public ACLS enabled
CKV_AWS_54	resource	aws_s3_bucket_public_access_block	Ensure S3 bucket has block public policy enabled
CKV_AWS_55	resource	aws_s3_bucket_public_access_block	Ensure S3 bucket has ignore public ACLs enabled
CKV_AWS_56	resource	aws_s3_bucket_public_access_block	Ensure S3 bucket has 'restrict_public_buckets' enabled
CKV_AWS_57	resource	aws_s3_bucket	S3 Bucket has an ACL defined which allows public WRITE access.
CKV_AWS_57	resource	aws_s3_bucket_acl	S3 Bucket has an ACL defined which allows public WRITE access.
CKV_AWS_58	resource	aws_eks_cluster	Ensure EKS Cluster has Secrets Encryption Enabled
CKV_AWS_59	resource	aws_api_gateway_method	Ensure there is no open access to back-end resources through API
CKV_AWS_60	resource	aws_iam_role	Ensure IAM role allows only specific services or principals to assume it
CKV_AWS_61	resource	aws_iam_role	Ensure AWS IAM policy does not allow assume role permission across all services
CKV_AWS_62	resource	aws_iam_group_policy	Ensure IAM policies that allow full "*-*" administrative privileges are not created
CKV_AWS_62	resource	aws_iam_policy	Ensure IAM policies that allow full "*-*" administrative privileges are not created
CKV_AWS_62	resource	aws_iam_role_policy	Ensure IAM policies that allow full "*-*" administrative privileges are not created
CKV_AWS_62	resource	aws_iam_user_policy	Ensure IAM policies that allow full "*-*" administrative privileges are not created
CKV_AWS_62	resource	aws_ssoadmin_permission_set_inline_policy	Ensure IAM policies that allow full "*-*" administrative privileges are not created
CKV_AWS_63	resource	aws_iam_group_policy	Ensure no IAM policies documents allow "*" as a statement's actions
CKV_AWS_63	resource	aws_iam_policy	Ensure no IAM policies documents allow "*" as a statement's actions
CKV_AWS_63	resource	aws_iam_role_policy	Ensure no IAM policies documents allow "*" as a statement's actions
CKV_AWS_63	resource	aws_iam_user_policy	Ensure no IAM policies documents allow "*" as a statement's actions
CKV_AWS_63	resource	aws_ssoadmin_permission_set_inline_policy	Ensure no IAM policies documents allow "*" as a statement's actions
CKV_AWS_64	resource	aws_redshift_cluster	Ensure all data stored in the Redshift cluster is securely encrypted at rest
CKV_AWS_65	resource	aws_ecs_cluster	Ensure container insights are enabled on ECS cluster
CKV_AWS_66	resource	aws_cloudwatch_log_group	Ensure that CloudWatch Log Group specifies retention days
CKV_AWS_67	resource	aws_cloudtrail	Ensure CloudTrail is enabled in all Regions
CKV_AWS_68	resource	aws_cloudfront_distribution	CloudFront Distribution should have WAF enabled
CKV_AWS_69	resource	aws_mq_broker	Ensure MQ Broker is not publicly exposed
CKV_AWS_70	resource	aws_s3_bucket	Ensure S3 bucket does not allow an action with any Principal
CKV_AWS_70	resource	aws_s3_bucket_policy	Ensure S3 bucket does not allow an action with any Principal
CKV_AWS_71	resource	aws_redshift_cluster	Ensure Redshift Cluster logging is enabled
CKV_AWS_72	resource	aws_sqs_queue_policy	Ensure SQS policy does not allow ALL (*) actions.
CKV_AWS_73	resource	aws_api_gateway_stage	Ensure API Gateway has X-Ray Tracing enabled
CKV_AWS_74	resource	aws_docdb_cluster	Ensure DocumentDB is encrypted at rest (default is unencrypted)
CKV_AWS_75	resource	aws_globalaccelerator_accelerator	Ensure Global Accelerator accelerator has flow logs enabled
CKV_AWS_76	resource	aws_api_gateway_stage	Ensure API Gateway has Access Logging enabled
CKV_AWS_76	resource	aws_apigatewayv2_stage	Ensure API Gateway has Access Logging enabled
CKV_AWS_77	resource	aws_athena_database	Ensure Athena Database is encrypted at rest (default is unencrypted)
CKV_AWS_78	resource	aws_codebuild_project	Ensure that CodeBuild Project encryption is not disabled
CKV_AWS_79	resource	aws_instance	Ensure Instance Metadata Service Version 1 is not enabled
CKV_AWS_79	resource	aws_launch_configuration	Ensure Instance Metadata Service Version 1 is not enabled
CKV_AWS_79	resource	aws_launch_template	Ensure Instance Metadata Service Version 1 is not enabled
CKV_AWS_80	resource	aws_msk_cluster	Ensure MSK Cluster logging is enabled
CKV_AWS_81	resource	aws_msk_cluster	Ensure MSK Cluster encryption in rest and transit is enabled
CKV_AWS_82	resource	aws_athena_workgroup	Ensure Athena Workgroup should enforce configuration to prevent client disabling encryption
CKV_AWS_83	resource	aws_elasticsearch_domain	Ensure Elasticsearch Domain enforces HTTPS
CKV_AWS_83	resource	aws_opensearch_domain	Ensure Elasticsearch Domain enforces HTTPS
CKV_AWS_84	resource	aws_elasticsearch_domain	Ensure Elasticsearch Domain Logging is enabled
CKV_AWS_84	resource	aws_opensearch_domain	Ensure Elasticsearch Domain Logging is enabled
CKV_AWS_85	resource	aws_docdb_cluster	Ensure DocumentDB Logging is enabled
CKV_AWS_86	resource	aws_cloudfront_distribution	Ensure CloudFront distribution has Access Logging enabled
CKV_AWS_87	resource	aws_redshift_cluster	Redshift cluster should not be publicly accessible
CKV_AWS_88	resource	aws_instance	EC2 instance should not have public IP.
CKV_AWS_88	resource	aws_launch_template	EC2 instance should not have public IP.
CKV_AWS_89	resource	aws_dms_replication_instance	DMS replication instance should not be publicly accessible
CKV_AWS_90	resource	aws_docdb_cluster_parameter_group	Ensure DocumentDB TLS is not disabled
CKV_AWS_91	resource	aws_alb	Ensure the ELBv2 (Application/Network) has access logging enabled
CKV_AWS_91	resource	aws_lb	Ensure the ELBv2 (Application/Network) has access logging enabled
CKV_AWS_92	resource	aws_elb	Ensure the ELB has access logging enabled
CKV_AWS_93	resource	aws_s3_bucket	Ensure S3 bucket policy does not lockout all but root user. (Prevent lockouts needing root account fixes)
CKV_AWS_93	resource	aws_s3_bucket_policy	Ensure S3 bucket policy does not lockout all but root user. (Prevent lockouts needing root account fixes)
CKV_AWS_94	resource	aws_glue_data_catalog_encryption_settings	Ensure Glue Data Catalog Encryption is enabled
CKV_AWS_96	resource	aws_rds_cluster	Ensure all data stored in Aurora is securely encrypted at rest
CKV_AWS_97	resource	aws_ecs_task_definition	Ensure Encryption in transit is enabled for EFS volumes in ECS Task definitions
CKV_AWS_98	resource	aws_sagemaker_endpoint_configuration	Ensure all data stored in the Sagemaker Endpoint is securely encrypted at rest
CKV_AWS_99	resource	aws_glue_security_configuration	Ensure Glue Security Configuration Encryption is enabled
CKV_AWS_100	resource	aws_eks_node_group	Ensure AWS EKS node group does not have implicit SSH access from 0.0.0.0/0
CKV_AWS_101	resource	aws_neptune_cluster	Ensure Neptune logging is enabled
CKV_AWS_102	resource	aws_neptune_cluster_instance	Ensure Neptune Cluster instance is not publicly available
CKV_AWS_103	resource	aws_alb_listener	Ensure that load balancer is using at least TLS 1.2
CKV_AWS_103	resource	aws_lb	Ensure that load balancer is using at least TLS 1.2
CKV_AWS_103	resource	aws_lb_listener	Ensure that load balancer is using at least TLS 1.2
CKV_AWS_104	resource	aws_docdb_cluster_parameter_group	Ensure DocumentDB has audit logs enabled
CKV_AWS_105	resource	aws_redshift_parameter_group	Ensure Redshift uses SSL
CKV_AWS_106	resource	aws_ebs_encryption_by_default	Ensure EBS default encryption is enabled
CKV_AWS_107	data	aws_iam_policy_document	Ensure IAM policies does not allow credentials exposure
CKV_AWS_108	data	aws_iam_policy_document	Ensure IAM policies does not allow data exfiltration
CKV_AWS_109	data	aws_iam_policy_document	Ensure IAM policies does not allow permissions management / resource exposure without constraints
CKV_AWS_110	data	aws_iam_policy_document	Ensure IAM policies does not allow privilege escalation
CKV_AWS_111	data	aws_iam_policy_document	Ensure IAM policies does not allow write access without constraints
CKV_AWS_112	resource	aws_ssm_document	Ensure Session Manager data is encrypted in transit
CKV_AWS_113	resource	aws_ssm_document	Ensure Session Manager logs are enabled and encrypted
CKV_AWS_114	resource	aws_emr_cluster	Ensure that EMR clusters with Kerberos have Kerberos Realm set
CKV_AWS_115	resource	aws_lambda_function	Ensure that AWS Lambda function is configured for function-level concurrent execution limit
CKV_AWS_116	resource	aws_lambda_function	Ensure that AWS Lambda function is configured for a Dead Letter Queue(DLQ)
CKV_AWS_117	resource	aws_lambda_function	Ensure that AWS Lambda function is configured inside a VPC
CKV_AWS_118	resource	aws_db_instance	Ensure that enhanced monitoring is enabled for Amazon RDS instances
CKV_AWS_118	resource	aws_rds_cluster_instance	Ensure that enhanced monitoring is enabled for Amazon RDS instances
CKV_AWS_119	resource	aws_dynamodb_table	Ensure DynamoDB Tables are encrypted using a KMS Customer Managed CMK
CKV_AWS_120	resource	aws_api_gateway_stage	Ensure API Gateway caching is enabled
CKV_AWS_121	resource	aws_config_configuration_aggregator	Ensure AWS Config is enabled in all regions
CKV_AWS_122	resource	aws_sagemaker_notebook_instance	Ensure that direct internet access is disabled for an Amazon SageMaker Notebook Instance
CKV_AWS_123	resource	aws_vpc_endpoint_service	Ensure that VPC Endpoint Service is configured for Manual Acceptance
CKV_AWS_124	resource	aws_cloudformation_stack	Ensure that CloudFormation stacks are sending event notifications to an SNS topic
CKV_AWS_126	resource	aws_instance	Ensure that detailed monitoring is enabled for EC2 instances
CKV_AWS_127	resource	aws_elb	Ensure that Elastic Load Balancer(s) uses SSL certificates provided by AWS Certificate Manager
CKV_AWS_129	resource	aws_db_instance	Ensure that respective logs of Amazon Relational Database Service (Amazon RDS) are enabled
CKV_AWS_130	resource	aws_subnet	Ensure VPC subnets do not assign public IP by default
CKV_AWS_131	resource	aws_alb	Ensure that ALB drops HTTP headers
CKV_AWS_131	resource	aws_lb	Ensure that ALB drops HTTP headers
CKV_AWS_133	resource	aws_db_instance	Ensure that RDS instances has backup policy
CKV_AWS_133	resource	aws_rds_cluster	Ensure that RDS instances has backup policy
CKV_AWS_134	resource	aws_elasticache_cluster	Ensure that Amazon ElastiCache Redis clusters have automatic backup turned on
CKV_AWS_135	resource	aws_instance	Ensure that EC2 is EBS optimized
CKV_AWS_136	resource	aws_ecr_repository	Ensure that ECR repositories are encrypted using KMS
CKV_AWS_137	resource	aws_elasticsearch_domain	Ensure that Elasticsearch is configured inside a VPC
CKV_AWS_137	resource	aws_opensearch_domain	Ensure that Elasticsearch is configured inside a VPC
CKV_AWS_138	resource	aws_elb	Ensure that ELB is cross-zone-load-balancing enabled
CKV_AWS_139	resource	aws_rds_cluster	Ensure that RDS clusters have deletion protection enabled
CKV_AWS_140	resource	aws_rds_global_cluster	Ensure that RDS global clusters are encrypted
CKV_AWS_141	resource	aws_redshift_cluster	Ensured that Redshift cluster allowing version upgrade by default
CKV_AWS_142	resource	aws_redshift_cluster	Ensure that Redshift cluster is encrypted by KMS
CKV_AWS_143	resource	aws_s3_bucket	Ensure that S3 bucket has lock configuration enabled by default
CKV_AWS_144	resource	aws_s3_bucket	Ensure that S3 bucket has cross-region replication enabled
CKV_AWS_144	resource	aws_s3_bucket_replication_configuration	Ensure that S3 bucket has cross-region replication enabled
CKV_AWS_145	resource	aws_s3_bucket	Ensure that S3 buckets are encrypted with KMS by default
CKV_AWS_145	resource	aws_s3_bucket_server_side_encryption_configuration	Ensure that S3 buckets are encrypted with KMS by default
CKV_AWS_146	resource	aws_db_cluster_snapshot	Ensure that RDS database cluster snapshot is encrypted
CKV_AWS_147	resource	aws_codebuild_project	Ensure that CodeBuild projects are encrypted using CMK
CKV_AWS_148	resource	aws_default_vpc	Ensure no default VPC is planned to be provisioned
CKV_AWS_149	resource	aws_secretsmanager_secret	Ensure that Secrets Manager secret is encrypted using KMS CMK
CKV_AWS_150	resource	aws_alb	Ensure that Load Balancer has deletion protection enabled
CKV_AWS_150	resource	aws_lb	Ensure that Load Balancer has deletion protection enabled
CKV_AWS_152	resource	aws_alb	Ensure that Load Balancer (Network/Gateway) has cross-zone load balancing enabled
CKV_AWS_152	resource	aws_lb	Ensure that Load Balancer (Network/Gateway) has cross-zone load balancing enabled
CKV_AWS_153	resource	aws_autoscaling_group	Autoscaling groups should supply tags to launch configurations
CKV_AWS_154	resource	aws_redshift_cluster	Ensure Redshift is not deployed outside of a VPC
CKV_AWS_155	resource	aws_workspaces_workspace	Ensure that Workspace user volumes are encrypted
CKV_AWS_156	resource	aws_workspaces_workspace	Ensure that Workspace root volumes are encrypted
CKV_AWS_157	resource	aws_db_instance	Ensure that RDS instances have Multi-AZ enabled
CKV_AWS_158	resource	aws_cloudwatch_log_group	Ensure that CloudWatch Log Group is encrypted by KMS
CKV_AWS_159	resource	aws_athena_workgroup	Ensure that Athena Workgroup is encrypted
CKV_AWS_160	resource	aws_timestreamwrite_database	Ensure that Timestream database is encrypted with KMS CMK
CKV_AWS_161	resource	aws_db_instance	Ensure RDS database has IAM authentication enabled
CKV_AWS_162	resource	aws_rds_cluster	Ensure RDS cluster has IAM authentication enabled
CKV_AWS_163	resource	aws_ecr_repository	Ensure ECR image scanning on push is enabled
CKV_AWS_164	resource	aws_transfer_server	Ensure Transfer Server is not exposed publicly.
CKV_AWS_165	resource	aws_dynamodb_global_table	Ensure DynamoDB point in time recovery (backup) is enabled for global tables
CKV_AWS_166	resource	aws_backup_vault	Ensure Backup Vault is encrypted at rest using KMS CMK
CKV_AWS_167	resource	aws_glacier_vault	Ensure Glacier Vault access policy is not public by only allowing specific services or principals to access it
CKV_AWS_168	resource	aws_sqs_queue	Ensure SQS queue policy is not public by only allowing specific services or principals to access it
CKV_AWS_168	resource	aws_sqs_queue_policy	Ensure SQS queue policy is not public by only allowing specific services or principals to access it
CKV_AWS_169	resource	aws_sns_topic_policy	Ensure SNS topic policy is not public by only allowing specific services or principals to access it
CKV_AWS_170	resource	aws_qldb_ledger	Ensure QLDB ledger permissions mode is set to STANDARD
CKV_AWS_171	resource	aws_emr_security_configuration	Ensure EMR Cluster security configuration encryption is using SSE-KMS
CKV_AWS_172	resource	aws_qldb_ledger	Ensure QLDB ledger has deletion protection enabled
CKV_AWS_173	resource	aws_lambda_function	Check encryption settings for Lambda environmental variable
CKV_AWS_174	resource	aws_cloudfront_distribution	Verify CloudFront Distribution Viewer Certificate is using TLS v1.2 or higher
CKV_AWS_175	resource	aws_waf_web_acl	Ensure WAF has associated rules
CKV_AWS_175	resource	aws_wafregional_web_acl	Ensure WAF has associated rules
CKV_AWS_175	resource	aws_wafv2_web_acl	Ensure WAF has associated rules
CKV_AWS_176	resource	aws_waf_web_acl	Ensure Logging is enabled for WAF Web Access Control Lists
CKV_AWS_176	resource	aws_wafregional_web_acl	Ensure Logging is enabled for WAF Web Access Control Lists
CKV_AWS_177	resource	aws_kinesis_video_stream	Ensure Kinesis Video Stream is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_178	resource	aws_fsx_ontap_file_system	Ensure fx ontap file system is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_179	resource	aws_fsx_windows_file_system	Ensure FSX Windows filesystem is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_180	resource	aws_imagebuilder_component	Ensure Image Builder component is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_181	resource	aws_s3_object_copy	Ensure S3 Object Copy is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_182	resource	aws_docdb_cluster	Ensure DocumentDB is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_183	resource	aws_ebs_snapshot_copy	Ensure EBS Snapshot Copy is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_184	resource	aws_efs_file_system	Ensure resource is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_185	resource	aws_kinesis_stream	Ensure Kinesis Stream is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_186	resource	aws_s3_bucket_object	Ensure S3 bucket Object is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_187	resource	aws_sagemaker_domain	Ensure Sagemaker domain and notebook instance are encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_187	resource	aws_sagemaker_notebook_instance	Ensure Sagemaker domain and notebook instance are encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_189	resource	aws_ebs_volume	Ensure EBS Volume is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_190	resource	aws_fsx_lustre_file_system	Ensure lustre file systems is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_191	resource	aws_elasticache_replication_group	Ensure ElastiCache replication group is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_192	resource	aws_wafv2_web_acl	Ensure WAF prevents message lookup in Log4j2. See CVE-2021-44228 aka log4jshell
CKV_AWS_193	resource	aws_appsync_graphql_api	Ensure AppSync has Logging enabled
CKV_AWS_194	resource	aws_appsync_graphql_api	Ensure AppSync has Field-Level logs enabled
CKV_AWS_195	resource	aws_glue_crawler	Ensure Glue component has a security configuration associated
CKV_AWS_195	resource	aws_glue_dev_endpoint	Ensure Glue component has a security configuration associated
CKV_AWS_195	resource	aws_glue_job	Ensure Glue component has a security configuration associated
CKV_AWS_196	resource	aws_elasticache_security_group	Ensure no aws_elasticache_security_group resources exist
CKV_AWS_197	resource	aws_mq_broker	Ensure MQ Broker Audit logging is enabled
CKV_AWS_198	resource	aws_db_security_group	Ensure no aws_db_security_group resources exist
CKV_AWS_199	resource	aws_imagebuilder_distribution_configuration	Ensure Image Builder Distribution Configuration encrypts AMI's using KMS - a customer managed Key (CMK)
CKV_AWS_200	resource	aws_imagebuilder_image_recipe	Ensure that Image Recipe EBS Disk are encrypted with CMK
CKV_AWS_201	resource	aws_memorydb_cluster	Ensure MemoryDB is encrypted at rest using KMS CMKs
CKV_AWS_202	resource	aws_memorydb_cluster	Ensure MemoryDB data is encrypted in transit
CKV_AWS_203	resource	aws_fsx_openzfs_file_system	Ensure resource is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_204	resource	aws_ami	Ensure AMIs are encrypted using KMS CMKs
CKV_AWS_205	resource	aws_ami_launch_permission	Ensure to Limit AMI launch Permissions
CKV_AWS_206	resource	aws_api_gateway_domain_name	Ensure API Gateway Domain uses a modern security Policy
CKV_AWS_207	resource	aws_mq_broker	Ensure MQ Broker minor version updates are enabled
CKV_AWS_208	resource	aws_mq_broker	Ensure MQ Broker version is current
CKV_AWS_208	resource	aws_mq_configuration	Ensure MQ Broker version is current
CKV_AWS_209	resource	aws_mq_broker	Ensure MQ broker encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_210	resource	aws_batch_job_definition	Batch job does not define a privileged container
CKV_AWS_211	resource	aws_db_instance	Ensure RDS uses a modern CaCert
CKV_AWS_212	resource	aws_dms_replication_instance	Ensure DMS replication instance is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_213	resource	aws_load_balancer_policy	Ensure ELB Policy uses only secure protocols
CKV_AWS_214	resource	aws_appsync_api_cache	Ensure AppSync API Cache is encrypted at rest
CKV_AWS_215	resource	aws_appsync_api_cache	Ensure AppSync API Cache is encrypted in transit
CKV_AWS_216	resource	aws_cloudfront_distribution	Ensure CloudFront distribution is enabled
CKV_AWS_217	resource	aws_api_gateway_deployment	Ensure Create before destroy for API deployments
CKV_AWS_218	resource	aws_cloudsearch_domain	Ensure that CloudSearch is using latest TLS
CKV_AWS_219	resource	aws_codepipeline	Ensure CodePipeline Artifact store is using a KMS CMK
CKV_AWS_220	resource	aws_cloudsearch_domain	Ensure that CloudSearch is using https
CKV_AWS_221	resource	aws_codeartifact_domain	Ensure CodeArtifact Domain is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_222	resource	aws_dms_replication_instance	Ensure DMS replication instance gets all minor upgrade automatically
CKV_AWS_223	resource	aws_ecs_cluster	Ensure ECS Cluster enables logging of ECS Exec
CKV_AWS_224	resource	aws_ecs_cluster	Ensure ECS Cluster logging is enabled and client to container communication uses CMK
CKV_AWS_225	resource	aws_api_gateway_method_settings	Ensure API Gateway method setting caching is enabled
CKV_AWS_226	resource	aws_db_instance	Ensure DB instance gets all minor upgrades automatically
CKV_AWS_226	resource	aws_rds_cluster_instance	Ensure DB instance gets all minor upgrades automatically
CKV_AWS_227	resource	aws_kms_key	Ensure KMS key is enabled
CKV_AWS_228	resource	aws_elasticsearch_domain	Verify Elasticsearch domain is using an up to date TLS policy
CKV_AWS_228	resource	aws_opensearch_domain	Verify Elasticsearch domain is using an up to date TLS policy
CKV_AWS_229	resource	aws_network_acl	Ensure no NACL allow ingress from 0.0.0.0:0 to port 21
CKV_AWS_229	resource	aws_network_acl_rule	Ensure no NACL allow ingress from 0.0.0.0:0 to port 21
CKV_AWS_230	resource	aws_network_acl	Ensure no NACL allow ingress from 0.0.0.0:0 to port 20
CKV_AWS_230	resource	aws_network_acl_rule	Ensure no NACL allow ingress from 0.0.0.0:0 to port 20
CKV_AWS_231	resource	aws_network_acl	Ensure no NACL allow ingress from 0.0.0.0:0 to port 3389
CKV_AWS_231	resource	aws_network_acl_rule	Ensure no NACL allow ingress from 0.0.0.0:0 to port 3389
CKV_AWS_232	resource	aws_network_acl	Ensure no NACL allow ingress from 0.0.0.0:0 to port 22
CKV_AWS_232	resource	aws_network_acl_rule	Ensure no NACL allow ingress from 0.0.0.0:0 to port 22
CKV_AWS_233	resource	aws_acm_certificate	Ensure Create before destroy for ACM certificates
CKV_AWS_234	resource	aws_acm_certificate	Verify logging preference for ACM certificates
CKV_AWS_235	resource	aws_ami_copy	Ensure that copied AMIs are encrypted
CKV_AWS_236	resource	aws_ami_copy	Ensure AMI copying uses a CMK
CKV_AWS_237	resource	aws_api_gateway_rest_api	Ensure Create before destroy for API Gateway
CKV_AWS_238	resource	aws_guardduty_detector	Ensure that GuardDuty detector is enabled
CKV_AWS_239	resource	aws_dax_cluster	Ensure DAX cluster endpoint is using TLS
CKV_AWS_240	resource	aws_kinesis_firehose_delivery_stream	Ensure Kinesis Firehose delivery stream is encrypted
CKV_AWS_241	resource	aws_kinesis_firehose_delivery_stream	Ensure that Kinesis Firehose Delivery Streams are encrypted with CMK
CKV_AWS_242	resource	aws_mwaa_environment	Ensure MWAA environment has scheduler logs enabled
CKV_AWS_243	resource	aws_mwaa_environment	Ensure MWAA environment has worker logs enabled
CKV_AWS_244	resource	aws_mwaa_environment	Ensure MWAA environment has webserver logs enabled
CKV_AWS_245	resource	aws_db_instance_automated_backups_replication	Ensure replicated backups are encrypted at rest using KMS CMKs
CKV_AWS_246	resource	aws_rds_cluster_activity_stream	Ensure RDS Cluster activity streams are encrypted using KMS CMKs
CKV_AWS_247	resource	aws_elasticsearch_domain	Ensure all data stored in the Elasticsearch is encrypted with a CMK
CKV_AWS_247	resource	aws_opensearch_domain	Ensure all data stored in the Elasticsearch is encrypted with a CMK
CKV_AWS_248	resource	aws_elasticsearch_domain	Ensure that Elasticsearch is not using the default Security Group
CKV_AWS_248	resource	aws_opensearch_domain	Ensure that Elasticsearch is not using the default Security Group
CKV_AWS_249	resource	aws_ecs_task_definition	Ensure that the Execution Role ARN and the Task Role ARN are different in ECS Task definitions
CKV_AWS_250	resource	aws_db_instance	Ensure that RDS PostgreSQL instances use a non vulnerable version with the log_fdw extension (https://aws.amazon.com/security/security-bulletins/AWS-2022-004/)
CKV_AWS_250	resource	aws_rds_cluster	Ensure that RDS PostgreSQL instances use a non vulnerable version with the log_fdw extension (https://aws.amazon.com/security/security-bulletins/AWS-2022-004/)
CKV_AWS_251	resource	aws_cloudtrail	Ensure CloudTrail logging is enabled
CKV_AWS_252	resource	aws_cloudtrail	Ensure CloudTrail defines an SNS Topic
CKV_AWS_253	resource	aws_dlm_lifecycle_policy	Ensure DLM cross region events are encrypted
CKV_AWS_254	resource	aws_dlm_lifecycle_policy	Ensure DLM cross region events are encrypted with Customer Managed Key
CKV_AWS_255	resource	aws_dlm_lifecycle_policy	Ensure DLM cross region schedules are encrypted
CKV_AWS_256	resource	aws_dlm_lifecycle_policy	Ensure DLM cross region schedules are encrypted using a Customer Managed Key
CKV_AWS_257	resource	aws_codecommit_approval_rule_template	Ensure CodeCommit branch changes have at least 2 approvals
CKV_AWS_258	resource	aws_lambda_function_url	Ensure that Lambda function URLs AuthType is not None
CKV_AWS_259	resource	aws_cloudfront_response_headers_policy	Ensure CloudFront response header policy enforces Strict Transport Security
CKV_AWS_260	resource	aws_security_group	Ensure no security groups allow ingress from 0.0.0.0:0 to port 80
CKV_AWS_260	resource	aws_security_group_rule	Ensure no security groups allow ingress from 0.0.0.0:0 to port 80
CKV_AWS_260	resource	aws_vpc_security_group_ingress_rule	Ensure no security groups allow ingress from 0.0.0.0:0 to port 80
CKV_AWS_261	resource	aws_alb_target_group	Ensure HTTP HTTPS Target group defines Healthcheck
CKV_AWS_261	resource	aws_lb_target_group	Ensure HTTP HTTPS Target group defines Healthcheck
CKV_AWS_262	resource	aws_kendra_index	Ensure Kendra index Server side encryption uses CMK
CKV_AWS_263	resource	aws_appflow_flow	Ensure AppFlow flow uses CMK
CKV_AWS_264	resource	aws_appflow_connector_profile	Ensure AppFlow connector profile uses CMK
CKV_AWS_265	resource	aws_keyspaces_table	Ensure Keyspaces Table uses CMK
CKV_AWS_266	resource	aws_db_snapshot_copy	Ensure DB Snapshot copy uses CMK
CKV_AWS_267	resource	aws_comprehend_entity_recognizer	Ensure that Comprehend Entity Recognizer's model is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_268	resource	aws_comprehend_entity_recognizer	Ensure that Comprehend Entity Recognizer's volume is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_269	resource	aws_connect_instance_storage_config	Ensure Connect Instance Kinesis Video Stream Storage Config uses CMK
CKV_AWS_270	resource	aws_connect_instance_storage_config	Ensure Connect Instance S3 Storage Config uses CMK
CKV_AWS_271	resource	aws_dynamodb_table_replica	Ensure DynamoDB table replica KMS encryption uses CMK
CKV_AWS_272	resource	aws_lambda_function	Ensure AWS Lambda function is configured to validate code-signing
CKV_AWS_273	resource	aws_iam_user	Ensure access is controlled through SSO and not AWS IAM defined users
CKV_AWS_274	resource	aws_iam_group_policy_attachment	Disallow IAM roles, users, and groups from using the AWS AdministratorAccess policy
CKV_AWS_274	resource	aws_iam_policy_attachment	Disallow IAM roles, users, and groups from using the AWS AdministratorAccess policy
CKV_AWS_274	resource	aws_iam_role	Disallow IAM roles, users, and groups from using the AWS AdministratorAccess policy
CKV_AWS_274	resource	aws_iam_role_policy_attachment	Disallow IAM roles, users, and groups from using the AWS AdministratorAccess policy
CKV_AWS_274	resource	aws_iam_user_policy_attachment	Disallow IAM roles, users, and groups from using the AWS AdministratorAccess policy
CKV_AWS_274	resource	aws_ssoadmin_managed_policy_attachment	Disallow IAM roles, users, and groups from using the AWS AdministratorAccess policy
CKV_AWS_275	data	aws_iam_policy	Disallow policies from using the AWS AdministratorAccess policy
CKV_AWS_276	resource	aws_api_gateway_method_settings	Ensure Data Trace is not enabled in API Gateway Method Settings
CKV_AWS_277	resource	aws_security_group	Ensure no security groups allow ingress from 0.0.0.0:0 to port -1
CKV_AWS_277	resource	aws_security_group_rule	Ensure no security groups allow ingress from 0.0.0.0:0 to port -1
CKV_AWS_277	resource	aws_vpc_security_group_ingress_rule	Ensure no security groups allow ingress from 0.0.0.0:0 to port -1
CKV_AWS_278	resource	aws_memorydb_snapshot	Ensure MemoryDB snapshot is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_279	resource	aws_neptune_cluster_snapshot	Ensure Neptune snapshot is securely encrypted
CKV_AWS_280	resource	aws_neptune_cluster_snapshot	Ensure Neptune snapshot is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_281	resource	aws_redshift_snapshot_copy_grant	Ensure RedShift snapshot copy is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_282	resource	aws_redshiftserverless_namespace	Ensure that Redshift Serverless namespace is encrypted by KMS using a customer managed key (CMK)
CKV_AWS_283	data	aws_iam_policy_document	Ensure no IAM policies documents allow ALL or any AWS principal permissions to the resource
CKV_AWS_284	resource	aws_sfn_state_machine	Ensure State Machine has X-Ray tracing enabled
CKV_AWS_285	resource	aws_sfn_state_machine	Ensure State Machine has execution history logging enabled
CKV_AWS_286	resource	aws_iam_group_policy	Ensure IAM policies does not allow privilege escalation
CKV_AWS_286	resource	aws_iam_policy	Ensure IAM policies does not allow privilege escalation
CKV_AWS_286	resource	aws_iam_role_policy	Ensure IAM policies does not allow privilege escalation
CKV_AWS_286	resource	aws_iam_user_policy	Ensure IAM policies does not allow privilege escalation
CKV_AWS_286	resource	aws_ssoadmin_permission_set_inline_policy	Ensure IAM policies does not allow privilege escalation
CKV_AWS_287	resource	aws_iam_group_policy	Ensure IAM policies does not allow credentials exposure
CKV_AWS_287	resource	aws_iam_policy	Ensure IAM policies does not allow credentials exposure
CKV_AWS_287	resource	aws_iam_role_policy	Ensure IAM policies does not allow credentials exposure
CKV_AWS_287	resource	aws_iam_user_policy	Ensure IAM policies does not allow credentials exposure
CKV_AWS_287	resource	aws_ssoadmin_permission_set_inline_policy	Ensure IAM policies does not allow credentials exposure
CKV_AWS_288	resource	aws_iam_group_policy	Ensure IAM policies does not allow data exfiltration
CKV_AWS_288	resource	aws_iam_policy	Ensure IAM policies does not allow data exfiltration
CKV_AWS_288	resource	aws_iam_role_policy	Ensure IAM policies does not allow data exfiltration
CKV_AWS_288	resource	aws_iam_user_policy	Ensure IAM policies does not allow data exfiltration
CKV_AWS_288	resource	aws_ssoadmin_permission_set_inline_policy	Ensure IAM policies does not allow data exfiltration
CKV_AWS_289	resource	aws_iam_group_policy	Ensure IAM policies does not allow permissions management / resource exposure without constraints
CKV_AWS_289	resource	aws_iam_policy	Ensure IAM policies does not allow permissions management / resource exposure without constraints
CKV_AWS_289	resource	aws_iam_role_policy	Ensure IAM policies does not allow permissions management / resource exposure without constraints
CKV_AWS_289	resource	aws_iam_user_policy	Ensure IAM policies does not allow permissions management / resource exposure without constraints
CKV_AWS_289	resource	aws_ssoadmin_permission_set_inline_policy	Ensure IAM policies does not allow permissions management / resource exposure without constraints
CKV_AWS_290	resource	aws_iam_group_policy	Ensure IAM policies does not allow write access without constraints
CKV_AWS_290	resource	aws_iam_policy	Ensure IAM policies does not allow write access without constraints
CKV_AWS_290	resource	aws_iam_role_policy	Ensure IAM policies does not allow write access without constraints
CKV_AWS_290	resource	aws_iam_user_policy	Ensure IAM policies does not allow write access without constraints
CKV_AWS_290	resource	aws_ssoadmin_permission_set_inline_policy	Ensure IAM policies does not allow write access without constraints
CKV_AWS_291	resource	aws_msk_cluster	Ensure MSK nodes are private
CKV_AWS_292	resource	aws_docdb_global_cluster	Ensure DocumentDB Global Cluster is encrypted at rest (default is unencrypted)
CKV_AWS_293	resource	aws_db_instance	Ensure that AWS database instances have deletion protection enabled
CKV_AWS_294	resource	aws_cloudtrail_event_data_store	Ensure CloudTrail Event Data Store uses CMK
CKV_AWS_295	resource	aws_datasync_location_object_storage	Ensure DataSync Location Object Storage doesn't expose secrets
CKV_AWS_296	resource	aws_dms_endpoint	Ensure DMS endpoint uses Customer Managed Key (CMK)
CKV_AWS_297	resource	aws_scheduler_schedule	Ensure EventBridge Scheduler Schedule uses Customer Managed Key (CMK)
CKV_AWS_298	resource	aws_dms_s3_endpoint	Ensure DMS S3 uses Customer Managed Key (CMK)
CKV_AWS_300	resource	aws_s3_bucket_lifecycle_configuration	Ensure S3 lifecycle configuration sets period for aborting failed uploads
CKV_AWS_301	resource	aws_lambda_permission	Ensure that AWS Lambda function is not publicly accessible
CKV_AWS_302	resource	aws_db_snapshot	Ensure DB Snapshots are not Public
CKV_AWS_303	resource	aws_ssm_document	Ensure SSM documents are not Public
CKV_AWS_304	resource	aws_secretsmanager_secret_rotation	Ensure Secrets Manager secrets should be rotated within 90 days
CKV_AWS_305	resource	aws_cloudfront_distribution	Ensure CloudFront distribution has a default root object configured
CKV_AWS_306	resource	aws_sagemaker_notebook_instance	Ensure SageMaker notebook instances should be launched into a custom VPC
CKV_AWS_307	resource	aws_sagemaker_notebook_instance	Ensure SageMaker Users should not have root access to SageMaker notebook instances
CKV_AWS_308	resource	aws_api_gateway_method_settings	Ensure API Gateway method setting caching is set to encrypted
CKV_AWS_309	resource	aws_apigatewayv2_route	Ensure API GatewayV2 routes specify an authorization type
CKV_AWS_310	resource	aws_cloudfront_distribution	Ensure CloudFront distributions should have origin failover configured
CKV_AWS_311	resource	aws_codebuild_project	Ensure that CodeBuild S3 logs are encrypted
CKV_AWS_312	resource	aws_elastic_beanstalk_environment	Ensure Elastic Beanstalk environments have enhanced health reporting enabled
CKV_AWS_313	resource	aws_rds_cluster	Ensure RDS cluster configured to copy tags to snapshots
CKV_AWS_314	resource	aws_codebuild_project	Ensure CodeBuild project environments have a logging configuration
CKV_AWS_315	resource	aws_autoscaling_group	Ensure EC2 Auto Scaling groups use EC2 launch templates
CKV_AWS_316	resource	aws_codebuild_project	Ensure CodeBuild project environments do not have privileged mode enabled
CKV_AWS_317	resource	aws_elasticsearch_domain	Ensure Elasticsearch Domain Audit Logging is enabled
CKV_AWS_317	resource	aws_opensearch_domain	Ensure Elasticsearch Domain Audit Logging is enabled
CKV_AWS_318	resource	aws_elasticsearch_domain	Ensure Elasticsearch domains are configured with at least three dedicated master nodes for HA
CKV_AWS_318	resource	aws_opensearch_domain	Ensure Elasticsearch domains are configured with at least three dedicated master nodes for HA
CKV_AWS_319	resource	aws_cloudwatch_metric_alarm	Ensure that CloudWatch alarm actions are enabled
CKV_AWS_320	resource	aws_redshift_cluster	Ensure Redshift clusters do not use the default database name
CKV_AWS_321	resource	aws_redshift_cluster	Ensure Redshift clusters use enhanced VPC routing
CKV_AWS_322	resource	aws_elasticache_cluster	Ensure ElastiCache for Redis cache clusters have auto minor version upgrades enabled
CKV_AWS_323	resource	aws_elasticache_cluster	Ensure ElastiCache clusters do not use the default subnet group
CKV_AWS_324	resource	aws_rds_cluster	Ensure that RDS Cluster log capture is enabled
CKV_AWS_325	resource	aws_rds_cluster	Ensure that RDS Cluster audit logging is enabled for MySQL engine
CKV_AWS_326	resource	aws_rds_cluster	Ensure that RDS Aurora Clusters have backtracking enabled
CKV_AWS_327	resource	aws_rds_cluster	Ensure RDS Clusters are encrypted using KMS CMKs
CKV_AWS_328	resource	aws_alb	Ensure that ALB is configured with defensive or strictest desync mitigation mode
CKV_AWS_328	resource	aws_elb	Ensure that ALB is configured with defensive or strictest desync mitigation mode
CKV_AWS_328	resource	aws_lb	Ensure that ALB is configured with defensive or strictest desync mitigation mode
CKV_AWS_329	resource	aws_efs_access_point	EFS access points should enforce a root directory
CKV_AWS_330	resource	aws_efs_access_point	EFS access points should enforce a user identity
CKV_AWS_331	resource	aws_ec2_transit_gateway	Ensure Transit Gateways do not automatically accept VPC attachment requests
CKV_AWS_332	resource	aws_ecs_service	Ensure ECS Fargate services run on the latest Fargate platform version
CKV_AWS_333	resource	aws_ecs_service	Ensure ECS services do not have public IP addresses assigned to them automatically
CKV_AWS_334	resource	aws_ecs_task_definition	Ensure ECS containers should run as non-privileged
CKV_AWS_335	resource	aws_ecs_task_definition	Ensure ECS task definitions should not share the host's process namespace
CKV_AWS_336	resource	aws_ecs_task_definition	Ensure ECS containers are limited to read-only access to root filesystems
CKV_AWS_337	resource	aws_ssm_parameter	Ensure SSM parameters are using KMS CMK
CKV_AWS_338	resource	aws_cloudwatch_log_group	Ensure CloudWatch log groups retains logs for at least 1 year
CKV_AWS_339	resource	aws_eks_cluster	Ensure EKS clusters run on a supported Kubernetes version
CKV_AWS_340	resource	aws_elastic_beanstalk_environment	Ensure Elastic Beanstalk managed platform updates are enabled
CKV_AWS_341	resource	aws_launch_configuration	Ensure Launch template should not have a metadata response hop limit greater than 1
CKV_AWS_341	resource	aws_launch_template	Ensure Launch template should not have a metadata response hop limit greater than 1
CKV_AWS_342	resource	aws_waf_rule_group	Ensure WAF rule has any actions
CKV_AWS_342	resource	aws_waf_web_acl	Ensure WAF rule has any actions
CKV_AWS_342	resource	aws_wafregional_rule_group	Ensure WAF rule has any actions
CKV_AWS_342	resource	aws_wafregional_web_acl	Ensure WAF rule has any actions
CKV_AWS_342	resource	aws_wafv2_rule_group	Ensure WAF rule has any actions
CKV_AWS_342	resource	aws_wafv2_web_acl	Ensure WAF rule has any actions
CKV_AWS_343	resource	aws_redshift_cluster	Ensure Amazon Redshift clusters should have automatic snapshots enabled
CKV_AWS_344	resource	aws_networkfirewall_firewall	Ensure that Network firewalls have deletion protection enabled
CKV_AWS_345	resource	aws_networkfirewall_firewall	Ensure that Network firewall encryption is via a CMK
CKV_AWS_345	resource	aws_networkfirewall_rule_group	Ensure that Network firewall encryption is via a CMK
CKV_AWS_346	resource	aws_networkfirewall_firewall_policy	Ensure Network Firewall Policy defines an encryption configuration that uses a customer managed Key (CMK)
CKV_AWS_347	resource	aws_neptune_cluster	Ensure Neptune is encrypted by KMS using a customer managed Key (CMK)
CKV_AWS_348	resource	aws_iam_access_key	Ensure IAM root user does not have Access keys
CKV_AWS_349	resource	aws_emr_security_configuration	Ensure EMR Cluster security configuration encrypts local disks
CKV_AWS_350	resource	aws_emr_security_configuration	Ensure EMR Cluster security configuration encrypts EBS disks
CKV_AWS_351	resource	aws_emr_security_configuration	Ensure EMR Cluster security configuration encrypts InTransit
CKV_AWS_352	resource	aws_network_acl_rule	Ensure NACL ingress does not allow all Ports
CKV_AWS_353	resource	aws_db_instance	Ensure that RDS instances have performance insights enabled
CKV_AWS_353	resource	aws_rds_cluster_instance	Ensure that RDS instances have performance insights enabled
CKV_AWS_354	resource	aws_db_instance	Ensure RDS Performance Insights are encrypted using KMS CMKs
CKV_AWS_354	resource	aws_rds_cluster_instance	Ensure RDS Performance Insights are encrypted using KMS CMKs
CKV_AWS_355	resource	aws_iam_group_policy	Ensure no IAM policies documents allow "*" as a statement's resource for restrictable actions
CKV_AWS_355	resource	aws_iam_policy	Ensure no IAM policies documents allow "*" as a statement's resource for restrictable actions
CKV_AWS_355	resource	aws_iam_role_policy	Ensure no IAM policies documents allow "*" as a statement's resource for restrictable actions
CKV_AWS_355	resource	aws_iam_user_policy	Ensure no IAM policies documents allow "*" as a statement's resource for restrictable actions
CKV_AWS_355	resource	aws_ssoadmin_permission_set_inline_policy	Ensure no IAM policies documents allow "*" as a statement's resource for restrictable actions
CKV_AWS_356	data	aws_iam_policy_document	Ensure no IAM policies documents allow "*" as a statement's resource for restrictable actions
CKV_AWS_357	resource	aws_transfer_server	Ensure Transfer Server allows only secure protocols
CKV_AWS_358	data	aws_iam_policy_document	Ensure AWS GitHub Actions OIDC authorization policies only allow safe claims and claim order
CKV_AWS_359	resource	aws_neptune_cluster	Neptune DB clusters should have IAM database authentication enabled
CKV_AWS_360	resource	aws_docdb_cluster	Ensure DocumentDB has an adequate backup retention period
CKV_AWS_361	resource	aws_neptune_cluster	Ensure that Neptune DB cluster has automated backups enabled with adequate retention
CKV_AWS_362	resource	aws_neptune_cluster	Neptune DB clusters should be configured to copy tags to snapshots
CKV_AWS_363	resource	aws_lambda_function	Ensure Lambda Runtime is not deprecated
CKV_AWS_364	resource	aws_lambda_permission	Ensure that AWS Lambda function permissions delegated to AWS services are limited by SourceArn or SourceAccount
CKV_AWS_365	resource	aws_ses_configuration_set	Ensure SES Configuration Set enforces TLS usage
CKV_AWS_366	resource	aws_cognito_identity_pool	Ensure AWS Cognito identity pool does not allow unauthenticated guest access
CKV_AWS_367	resource	aws_sagemaker_data_quality_job_definition	Ensure Amazon Sagemaker Data Quality Job uses KMS to encrypt model artifacts
CKV_AWS_368	resource	aws_sagemaker_data_quality_job_definition	Ensure Amazon Sagemaker Data Quality Job uses KMS to encrypt data on attached storage volume
CKV_AWS_369	resource	aws_sagemaker_data_quality_job_definition	Ensure Amazon Sagemaker Data Quality Job encrypts all communications between instances used for monitoring jobs
CKV_AWS_370	resource	aws_sagemaker_model	Ensure Amazon SageMaker model uses network isolation
CKV_AWS_371	resource	aws_sagemaker_notebook_instance	Ensure Amazon SageMaker Notebook Instance only allows for IMDSv2
CKV_AWS_372	resource	aws_sagemaker_flow_definition	Ensure Amazon SageMaker Flow Definition uses KMS for output configurations
CKV_AWS_373	resource	aws_bedrockagent_agent	Ensure Bedrock Agent is encrypted with a CMK
CKV_AWS_374	resource	aws_cloudfront_distribution	Ensure AWS CloudFront web distribution has geo restriction enabled
CKV_AWS_375	resource	aws_s3_bucket_acl	Ensure AWS S3 bucket does not have global view ACL permissions enabled
CKV_AWS_376	resource	aws_elb	Ensure AWS Elastic Load Balancer listener uses TLS/SSL
CKV_AWS_377	resource	aws_route53domains_registered_domain	Ensure Route 53 domains have transfer lock protection
CKV_AWS_378	resource	aws_alb_listener	Ensure AWS Load Balancer doesn't use HTTP protocol
CKV_AWS_378	resource	aws_alb_target_group	Ensure AWS Load Balancer doesn't use HTTP protocol
CKV_AWS_378	resource	aws_lb_listener	Ensure AWS Load Balancer doesn't use HTTP protocol
CKV_AWS_378	resource	aws_lb_target_group	Ensure AWS Load Balancer doesn't use HTTP protocol
CKV_AWS_379	resource	aws_s3_bucket_acl	Ensure AWS S3 bucket is configured with secure data transport policy
CKV_AWS_380	resource	aws_transfer_server	Ensure AWS Transfer Server uses latest Security Policy
CKV_AWS_381	resource	aws_codegurureviewer_repository_association	Make sure that aws_codegurureviewer_repository_association has a CMK
CKV_AWS_382	resource	aws_security_group	Ensure no security groups allow egress from 0.0.0.0:0 to port -1
CKV_AWS_382	resource	aws_security_group_rule	Ensure no security groups allow egress from 0.0.0.0:0 to port -1
CKV_AWS_382	resource	aws_vpc_security_group_egress_rule	Ensure no security groups allow egress from 0.0.0.0:0 to port -1
CKV_AWS_383	resource	aws_bedrockagent_agent	Ensure AWS Bedrock agent is associated with Bedrock guardrails
CKV_AWS_385	resource	aws_sns_topic_policy	Ensure AWS SNS topic policies do not allow cross-account access
CKV_AWS_386	data	aws_ami	Reduce potential for WhoAMI cloud image name confusion attack
CKV_AWS_387	resource	aws_sqs_queue_policy	Ensure SQS policy does not allow public access through wildcards
CKV_AWS_388	resource	aws_db_instance	Ensure AWS Aurora PostgreSQL is not exposed to local file read vulnerability
CKV_AWS_389	resource	aws_launch_configuration	Ensure AWS Auto Scaling group launch configuration doesn't have public IP address assignment enabled
CKV_AWS_390	resource	aws_emr_block_public_access_configuration	Ensure AWS EMR block public access setting is enabled
CKV_AWS_391	resource	aws_redshift_cluster	Avoid AWS Redshift cluster with commonly used master username and public access setting enabled
CKV_AWS_392	resource	aws_s3_access_point	Ensure AWS S3 access point block public access setting is enabled
CKV_AWS_393	resource	aws_iam_role	Ensure AWS GitHub Actions OIDC authorization policies only allow safe claims and claim order on IAM role
CKV_AWS_394	data	aws_availability_zones	Ensure aws_availability_zones data source pins zone identity so its result set does not silently expand when AWS adds an Availability Zone
CKV2_AWS_1	resource	aws_network_acl	Ensure that all NACL are attached to subnets
CKV2_AWS_1	resource	aws_subnet	Ensure that all NACL are attached to subnets
CKV2_AWS_2	resource	aws_ebs_volume	Ensure that only encrypted EBS volumes are attached to EC2 instances
CKV2_AWS_2	resource	aws_volume_attachment	Ensure that only encrypted EBS volumes are attached to EC2 instances
CKV2_AWS_3	resource	aws_guardduty_detector	Ensure GuardDuty is enabled to specific org/region
CKV2_AWS_3	resource	aws_guardduty_organization_configuration	Ensure GuardDuty is enabled to specific org/region
CKV2_AWS_4	resource	aws_api_gateway_method_settings	Ensure API Gateway stage have logging level defined as appropriate
CKV2_AWS_4	resource	aws_api_gateway_stage	Ensure API Gateway stage have logging level defined as appropriate
CKV2_AWS_5	resource	aws_security_group	Ensure that Security Groups are attached to another resource
CKV2_AWS_6	resource	aws_s3_bucket	Ensure that S3 bucket has a Public Access block
CKV2_AWS_6	resource	aws_s3_bucket_public_access_block	Ensure that S3 bucket has a Public Access block
CKV2_AWS_7	resource	aws_emr_cluster	Ensure that Amazon EMR clusters' security groups are not open to the world
CKV2_AWS_7	resource	aws_security_group	Ensure that Amazon EMR clusters' security groups are not open to the world
CKV2_AWS_8	resource	aws_rds_cluster	Ensure that RDS clusters has backup plan of AWS Backup
CKV2_AWS_9	resource	aws_backup_selection	Ensure that EBS are added in the backup plans of AWS Backup
CKV2_AWS_10	resource	aws_cloudtrail	Ensure CloudTrail trails are integrated with CloudWatch Logs
CKV2_AWS_11	resource	aws_vpc	Ensure VPC flow logging is enabled in all VPCs
CKV2_AWS_12	resource	aws_default_security_group	Ensure the default security group of every VPC restricts all traffic
CKV2_AWS_12	resource	aws_vpc	Ensure the default security group of every VPC restricts all traffic
CKV2_AWS_14	resource	aws_iam_group	Ensure that IAM groups includes at least one IAM user
CKV2_AWS_14	resource	aws_iam_group_membership	Ensure that IAM groups includes at least one IAM user
CKV2_AWS_15	resource	aws_autoscaling_group	Ensure that auto Scaling groups that are associated with a load balancer are using Elastic Load Balancing health checks.
CKV2_AWS_15	resource	aws_elb	Ensure that auto Scaling groups that are associated with a load balancer are using Elastic Load Balancing health checks.
CKV2_AWS_15	resource	aws_lb_target_group	Ensure that auto Scaling groups that are associated with a load balancer are using Elastic Load Balancing health checks.
CKV2_AWS_16	resource	aws_appautoscaling_target	Ensure that Auto Scaling is enabled on your DynamoDB tables
CKV2_AWS_16	resource	aws_dynamodb_table	Ensure that Auto Scaling is enabled on your DynamoDB tables
CKV2_AWS_18	resource	aws_backup_selection	Ensure that Elastic File System (Amazon EFS) file systems are added in the backup plans of AWS Backup
CKV2_AWS_19	resource	aws_eip	Ensure that all EIP addresses allocated to a VPC are attached to EC2 instances
CKV2_AWS_19	resource	aws_eip_association	Ensure that all EIP addresses allocated to a VPC are attached to EC2 instances
CKV2_AWS_20	resource	aws_alb	Ensure that ALB redirects HTTP requests into HTTPS ones
CKV2_AWS_20	resource	aws_alb_listener	Ensure that ALB redirects HTTP requests into HTTPS ones
CKV2_AWS_20	resource	aws_lb	Ensure that ALB redirects HTTP requests into HTTPS ones
CKV2_AWS_20	resource	aws_lb_listener	Ensure that ALB redirects HTTP requests into HTTPS ones
CKV2_AWS_21	resource	aws_iam_group_membership	Ensure that all IAM users are members of at least one IAM group.
CKV2_AWS_22	resource	aws_iam_user	Ensure an IAM User does not have access to the console
CKV2_AWS_23	resource	aws_route53_record	Route53 A Record has Attached Resource
CKV2_AWS_27	resource	aws_rds_cluster	Ensure Postgres RDS as aws_rds_cluster has Query Logging enabled
CKV2_AWS_27	resource	aws_rds_cluster_parameter_group	Ensure Postgres RDS as aws_rds_cluster has Query Logging enabled
CKV2_AWS_28	resource	aws_alb	Ensure public facing ALB are protected by WAF
CKV2_AWS_28	resource	aws_lb	Ensure public facing ALB are protected by WAF
CKV2_AWS_29	resource	aws_api_gateway_rest_api	Ensure public API gateway are protected by WAF
CKV2_AWS_29	resource	aws_api_gateway_stage	Ensure public API gateway are protected by WAF
CKV2_AWS_30	resource	aws_db_instance	Ensure Postgres RDS as aws_db_instance has Query Logging enabled
CKV2_AWS_30	resource	aws_db_parameter_group	Ensure Postgres RDS as aws_db_instance has Query Logging enabled
CKV2_AWS_31	resource	aws_wafv2_web_acl	Ensure WAF2 has a Logging Configuration
CKV2_AWS_32	resource	aws_cloudfront_distribution	Ensure CloudFront distribution has a response headers policy attached
CKV2_AWS_33	resource	aws_appsync_graphql_api	Ensure AppSync is protected by WAF
CKV2_AWS_34	resource	aws_ssm_parameter	AWS SSM Parameter should be Encrypted
CKV2_AWS_35	resource	aws_route	AWS NAT Gateways should be utilized for the default route
CKV2_AWS_35	resource	aws_route_table	AWS NAT Gateways should be utilized for the default route
CKV2_AWS_36	resource	aws_ssm_parameter	Ensure terraform is not sending SSM secrets to untrusted domains over HTTP
CKV2_AWS_36	resource	data.http	Ensure terraform is not sending SSM secrets to untrusted domains over HTTP
CKV2_AWS_37	resource	aws	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_accessanalyzer_analyzer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_accessanalyzer_archive_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_account_alternate_contact	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_account_primary_contact	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_account_region	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_acm_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_acm_certificate_validation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_acmpca_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_acmpca_certificate_authority	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_acmpca_certificate_authority_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_acmpca_permission	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_acmpca_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_alb	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_alb_listener	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_alb_listener_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_alb_listener_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_alb_target_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_alb_target_group_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ami	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ami_copy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ami_from_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ami_launch_permission	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_amplify_app	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_amplify_backend_environment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_amplify_branch	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_amplify_domain_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_amplify_webhook	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_account	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_api_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_authorizer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_base_path_mapping	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_client_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_deployment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_documentation_part	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_documentation_version	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_domain_name	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_domain_name_access_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_gateway_response	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_integration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_integration_response	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_method	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_method_response	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_method_settings	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_model	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_request_validator	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_resource	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_rest_api	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_rest_api_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_stage	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_usage_plan	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_usage_plan_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_api_gateway_vpc_link	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apigatewayv2_api	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apigatewayv2_api_mapping	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apigatewayv2_authorizer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apigatewayv2_deployment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apigatewayv2_domain_name	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apigatewayv2_integration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apigatewayv2_integration_response	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apigatewayv2_model	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apigatewayv2_route	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apigatewayv2_route_response	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apigatewayv2_stage	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apigatewayv2_vpc_link	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_app_cookie_stickiness_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appautoscaling_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appautoscaling_scheduled_action	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appautoscaling_target	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appconfig_application	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appconfig_configuration_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appconfig_deployment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appconfig_deployment_strategy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appconfig_environment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appconfig_extension	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appconfig_extension_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appconfig_hosted_configuration_version	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appfabric_app_authorization	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appfabric_app_authorization_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appfabric_app_bundle	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appfabric_ingestion	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appfabric_ingestion_destination	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appflow_connector_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appflow_flow	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appintegrations_data_integration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appintegrations_event_integration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_applicationinsights_application	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appmesh_gateway_route	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appmesh_mesh	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appmesh_route	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appmesh_virtual_gateway	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appmesh_virtual_node	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appmesh_virtual_router	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appmesh_virtual_service	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apprunner_auto_scaling_configuration_version	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apprunner_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apprunner_custom_domain_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apprunner_default_auto_scaling_configuration_version	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apprunner_deployment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apprunner_observability_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apprunner_service	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apprunner_vpc_connector	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_apprunner_vpc_ingress_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appstream_directory_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appstream_fleet	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appstream_fleet_stack_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appstream_image_builder	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appstream_stack	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appstream_user	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appstream_user_stack_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appsync_api_cache	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appsync_api_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appsync_datasource	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appsync_domain_name	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appsync_domain_name_api_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appsync_function	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appsync_graphql_api	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appsync_resolver	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appsync_source_api_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_appsync_type	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_athena_data_catalog	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_athena_database	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_athena_named_query	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_athena_prepared_statement	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_athena_workgroup	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_auditmanager_account_registration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_auditmanager_assessment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_auditmanager_assessment_delegation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_auditmanager_assessment_report	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_auditmanager_control	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_auditmanager_framework	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_auditmanager_framework_share	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_auditmanager_organization_admin_account_registration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_autoscaling_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_autoscaling_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_autoscaling_group_tag	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_autoscaling_lifecycle_hook	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_autoscaling_notification	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_autoscaling_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_autoscaling_schedule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_autoscaling_traffic_source_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_autoscalingplans_scaling_plan	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_az_info	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_backup_framework	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_backup_global_settings	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_backup_logically_air_gapped_vault	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_backup_plan	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_backup_region_settings	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_backup_report_plan	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_backup_restore_testing_plan	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_backup_restore_testing_selection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_backup_selection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_backup_vault	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_backup_vault_lock_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_backup_vault_notifications	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_backup_vault_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_batch_compute_environment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_batch_job_definition	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_batch_job_queue	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_batch_scheduling_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_bcmdataexports_export	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_bedrock_custom_model	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_bedrock_guardrail	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_bedrock_guardrail_version	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_bedrock_inference_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_bedrock_model_invocation_logging_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_bedrock_provisioned_model_throughput	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_bedrockagent_agent	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_bedrockagent_agent_action_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_bedrockagent_agent_alias	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_bedrockagent_agent_collaborator	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_bedrockagent_agent_knowledge_base_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_bedrockagent_data_source	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_bedrockagent_knowledge_base	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_budgets_budget	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_budgets_budget_action	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_caller_info	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ce_anomaly_monitor	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ce_anomaly_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ce_cost_allocation_tag	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ce_cost_category	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_chatbot_slack_channel_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_chatbot_teams_channel_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_chime_voice_connector	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_chime_voice_connector_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_chime_voice_connector_logging	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_chime_voice_connector_origination	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_chime_voice_connector_streaming	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_chime_voice_connector_termination	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_chime_voice_connector_termination_credentials	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_chimesdkmediapipelines_media_insights_pipeline_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_chimesdkvoice_global_settings	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_chimesdkvoice_sip_media_application	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_chimesdkvoice_sip_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_chimesdkvoice_voice_profile_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cleanrooms_collaboration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cleanrooms_configured_table	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cleanrooms_membership	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloud9_environment_ec2	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloud9_environment_membership	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudcontrolapi_resource	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudformation_stack	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudformation_stack_instances	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudformation_stack_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudformation_stack_set_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudformation_type	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_cache_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_continuous_deployment_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_distribution	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_field_level_encryption_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_field_level_encryption_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_function	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_key_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_key_value_store	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_monitoring_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_origin_access_control	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_origin_access_identity	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_origin_request_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_public_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_realtime_log_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_response_headers_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfront_vpc_origin	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudfrontkeyvaluestore_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudhsm_v2_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudhsm_v2_hsm	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudsearch_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudsearch_domain_service_access_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudtrail	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudtrail_event_data_store	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudtrail_organization_delegated_admin_account	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_composite_alarm	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_dashboard	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_event_api_destination	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_event_archive	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_event_bus	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_event_bus_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_event_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_event_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_event_permission	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_event_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_event_target	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_account_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_anomaly_detector	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_data_protection_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_delivery	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_delivery_destination	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_delivery_destination_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_delivery_source	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_destination	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_destination_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_index_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_metric_filter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_resource_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_stream	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_log_subscription_filter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_metric_alarm	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_metric_stream	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cloudwatch_query_definition	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codeartifact_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codeartifact_domain_permissions_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codeartifact_repository	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codeartifact_repository_permissions_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codebuild_fleet	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codebuild_project	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codebuild_report_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codebuild_resource_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codebuild_source_credential	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codebuild_webhook	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codecatalyst_dev_environment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codecatalyst_project	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codecatalyst_source_repository	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codecommit_approval_rule_template	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codecommit_approval_rule_template_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codecommit_repository	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codecommit_trigger	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codeconnections_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codeconnections_host	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codedeploy_app	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codedeploy_deployment_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codedeploy_deployment_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codeguruprofiler_profiling_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codegurureviewer_repository_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codepipeline	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codepipeline_custom_action_type	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codepipeline_webhook	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codestarconnections_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codestarconnections_host	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_codestarnotifications_notification_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cognito_identity_pool	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cognito_identity_pool_provider_principal_tag	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cognito_identity_pool_roles_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cognito_identity_provider	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cognito_managed_user_pool_client	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cognito_resource_server	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cognito_risk_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cognito_user	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cognito_user_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cognito_user_in_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cognito_user_pool	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cognito_user_pool_client	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cognito_user_pool_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cognito_user_pool_ui_customization	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_comprehend_document_classifier	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_comprehend_entity_recognizer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_computeoptimizer_enrollment_status	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_computeoptimizer_recommendation_preferences	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_config_aggregate_authorization	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_config_config_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_config_configuration_aggregator	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_config_configuration_recorder	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_config_configuration_recorder_status	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_config_conformance_pack	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_config_delivery_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_config_organization_conformance_pack	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_config_organization_custom_policy_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_config_organization_custom_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_config_organization_managed_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_config_remediation_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_config_retention_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_bot_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_contact_flow	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_contact_flow_module	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_hours_of_operation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_instance_storage_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_lambda_function_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_phone_number	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_queue	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_quick_connect	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_routing_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_security_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_user	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_user_hierarchy_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_user_hierarchy_structure	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_connect_vocabulary	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_controltower_control	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_controltower_landing_zone	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_costoptimizationhub_enrollment_status	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_costoptimizationhub_preferences	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_cur_report_definition	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_customer_gateway	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_customerprofiles_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_customerprofiles_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dataexchange_data_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dataexchange_revision	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datapipeline_pipeline	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datapipeline_pipeline_definition	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datasync_agent	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datasync_location_azure_blob	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datasync_location_efs	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datasync_location_fsx_lustre_file_system	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datasync_location_fsx_ontap_file_system	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datasync_location_fsx_openzfs_file_system	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datasync_location_fsx_windows_file_system	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datasync_location_hdfs	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datasync_location_nfs	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datasync_location_object_storage	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datasync_location_s3	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datasync_location_smb	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datasync_task	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datazone_asset_type	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datazone_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datazone_environment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datazone_environment_blueprint_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datazone_environment_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datazone_form_type	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datazone_glossary	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datazone_glossary_term	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datazone_project	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_datazone_user_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dax_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dax_parameter_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dax_subnet_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_cluster_snapshot	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_event_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_instance_automated_backups_replication	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_instance_role_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_option_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_parameter_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_proxy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_proxy_default_target_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_proxy_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_proxy_target	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_security_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_snapshot	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_snapshot_copy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_db_subnet_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_default_network_acl	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_default_route_table	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_default_security_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_default_subnet	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_default_vpc	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_default_vpc_dhcp_options	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_detective_graph	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_detective_invitation_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_detective_member	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_detective_organization_admin_account	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_detective_organization_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_devicefarm_device_pool	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_devicefarm_instance_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_devicefarm_network_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_devicefarm_project	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_devicefarm_test_grid_project	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_devicefarm_upload	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_devopsguru_event_sources_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_devopsguru_notification_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_devopsguru_resource_collection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_devopsguru_service_integration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_directory_service_conditional_forwarder	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_directory_service_directory	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_directory_service_log_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_directory_service_radius_settings	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_directory_service_region	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_directory_service_shared_directory	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_directory_service_shared_directory_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_directory_service_trust	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dlm_lifecycle_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dms_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dms_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dms_event_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dms_replication_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dms_replication_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dms_replication_subnet_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dms_replication_task	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dms_s3_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_docdb_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_docdb_cluster_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_docdb_cluster_parameter_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_docdb_cluster_snapshot	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_docdb_event_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_docdb_global_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_docdb_subnet_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_docdbelastic_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_drs_replication_configuration_template	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_bgp_peer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_connection_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_connection_confirmation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_gateway	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_gateway_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_gateway_association_proposal	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_hosted_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_hosted_private_virtual_interface	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_hosted_private_virtual_interface_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_hosted_public_virtual_interface	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_hosted_public_virtual_interface_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_hosted_transit_virtual_interface	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_hosted_transit_virtual_interface_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_lag	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_macsec_key_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_private_virtual_interface	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_public_virtual_interface	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dx_transit_virtual_interface	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dynamodb_contributor_insights	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dynamodb_global_table	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dynamodb_kinesis_streaming_destination	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dynamodb_resource_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dynamodb_table	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dynamodb_table_export	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dynamodb_table_item	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dynamodb_table_replica	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_dynamodb_tag	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ebs_default_kms_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ebs_encryption_by_default	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ebs_fast_snapshot_restore	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ebs_snapshot	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ebs_snapshot_block_public_access	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ebs_snapshot_copy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ebs_snapshot_import	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ebs_volume	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_availability_zone_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_capacity_block_reservation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_capacity_reservation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_carrier_gateway	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_client_vpn_authorization_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_client_vpn_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_client_vpn_network_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_client_vpn_route	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_fleet	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_host	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_image_block_public_access	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_instance_connect_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_instance_metadata_defaults	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_instance_state	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_local_gateway_route	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_local_gateway_route_table_vpc_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_managed_prefix_list	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_managed_prefix_list_entry	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_network_insights_analysis	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_network_insights_path	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_serial_console_access	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_subnet_cidr_reservation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_tag	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_traffic_mirror_filter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_traffic_mirror_filter_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_traffic_mirror_session	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_traffic_mirror_target	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_connect	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_connect_peer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_default_route_table_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_default_route_table_propagation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_multicast_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_multicast_domain_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_multicast_group_member	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_multicast_group_source	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_peering_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_peering_attachment_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_policy_table	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_policy_table_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_prefix_list_reference	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_route	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_route_table	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_route_table_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_route_table_propagation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_vpc_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ec2_transit_gateway_vpc_attachment_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecr_account_setting	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecr_lifecycle_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecr_pull_through_cache_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecr_registry_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecr_registry_scanning_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecr_replication_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecr_repository	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecr_repository_creation_template	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecr_repository_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecrpublic_repository	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecrpublic_repository_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecs_account_setting_default	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecs_capacity_provider	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecs_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecs_cluster_capacity_providers	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecs_service	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecs_tag	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecs_task_definition	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ecs_task_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_efs_access_point	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_efs_backup_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_efs_file_system	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_efs_file_system_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_efs_mount_target	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_efs_replication_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_egress_only_internet_gateway	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_eip	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_eip_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_eip_domain_name	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_eks_access_entry	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_eks_access_policy_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_eks_addon	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_eks_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_eks_fargate_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_eks_identity_provider_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_eks_node_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_eks_pod_identity_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elastic_beanstalk_application	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elastic_beanstalk_application_version	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elastic_beanstalk_configuration_template	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elastic_beanstalk_environment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticache_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticache_global_replication_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticache_parameter_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticache_replication_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticache_reserved_cache_node	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticache_security_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticache_serverless_cache	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticache_subnet_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticache_user	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticache_user_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticache_user_group_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticsearch_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticsearch_domain_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticsearch_domain_saml_options	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elasticsearch_vpc_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elastictranscoder_pipeline	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elastictranscoder_preset	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elb	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_elb_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_emr_block_public_access_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_emr_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_emr_instance_fleet	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_emr_instance_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_emr_managed_scaling_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_emr_security_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_emr_studio	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_emr_studio_session_mapping	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_emrcontainers_job_template	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_emrcontainers_virtual_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_emrserverless_application	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_evidently_feature	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_evidently_launch	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_evidently_project	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_evidently_segment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_finspace_kx_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_finspace_kx_database	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_finspace_kx_dataview	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_finspace_kx_environment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_finspace_kx_scaling_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_finspace_kx_user	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_finspace_kx_volume	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fis_experiment_template	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_flow_log	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fms_admin_account	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fms_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fms_resource_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fsx_backup	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fsx_data_repository_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fsx_file_cache	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fsx_lustre_file_system	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fsx_ontap_file_system	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fsx_ontap_storage_virtual_machine	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fsx_ontap_volume	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fsx_openzfs_file_system	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fsx_openzfs_snapshot	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fsx_openzfs_volume	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_fsx_windows_file_system	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_gamelift_alias	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_gamelift_build	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_gamelift_fleet	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_gamelift_game_server_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_gamelift_game_session_queue	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_gamelift_script	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glacier_vault	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glacier_vault_lock	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_globalaccelerator_accelerator	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_globalaccelerator_cross_account_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_globalaccelerator_custom_routing_accelerator	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_globalaccelerator_custom_routing_endpoint_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_globalaccelerator_custom_routing_listener	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_globalaccelerator_endpoint_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_globalaccelerator_listener	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_catalog_database	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_catalog_table	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_catalog_table_optimizer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_classifier	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_crawler	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_data_catalog_encryption_settings	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_data_quality_ruleset	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_dev_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_job	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_ml_transform	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_partition	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_partition_index	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_registry	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_resource_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_schema	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_security_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_trigger	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_user_defined_function	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_glue_workflow	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_grafana_license_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_grafana_role_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_grafana_workspace	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_grafana_workspace_api_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_grafana_workspace_saml_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_grafana_workspace_service_account	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_grafana_workspace_service_account_token	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_guardduty_detector	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_guardduty_detector_feature	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_guardduty_filter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_guardduty_invite_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_guardduty_ipset	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_guardduty_malware_protection_plan	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_guardduty_member	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_guardduty_member_detector_feature	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_guardduty_organization_admin_account	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_guardduty_organization_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_guardduty_organization_configuration_feature	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_guardduty_publishing_destination	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_guardduty_threatintelset	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_access_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_account_alias	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_account_password_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_group_membership	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_group_policies_exclusive	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_group_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_group_policy_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_group_policy_attachments_exclusive	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_instance_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_openid_connect_provider	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_organizations_features	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_policy_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_policy_document	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_role	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_role_policies_exclusive	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_role_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_role_policy_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_role_policy_attachments_exclusive	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_saml_provider	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_security_token_service_preferences	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_server_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_service_linked_role	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_service_specific_credential	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_signing_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_user	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_user_group_membership	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_user_login_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_user_policies_exclusive	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_user_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_user_policy_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_user_policy_attachments_exclusive	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_user_ssh_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iam_virtual_mfa_device	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_identitystore_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_identitystore_group_membership	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_identitystore_user	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_imagebuilder_component	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_imagebuilder_container_recipe	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_imagebuilder_distribution_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_imagebuilder_image	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_imagebuilder_image_pipeline	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_imagebuilder_image_recipe	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_imagebuilder_infrastructure_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_imagebuilder_lifecycle_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_imagebuilder_workflow	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_inspector2_delegated_admin_account	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_inspector2_enabler	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_inspector2_member_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_inspector2_organization_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_inspector_assessment_target	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_inspector_assessment_template	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_inspector_resource_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_internet_gateway	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_internet_gateway_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_internetmonitor_monitor	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_authorizer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_billing_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_ca_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_domain_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_event_configurations	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_indexing_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_logging_options	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_policy_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_provisioning_template	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_role_alias	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_thing	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_thing_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_thing_group_membership	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_thing_principal_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_thing_type	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_topic_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_iot_topic_rule_destination	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ivs_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ivs_playback_key_pair	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ivs_recording_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ivschat_logging_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ivschat_room	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kendra_data_source	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kendra_experience	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kendra_faq	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kendra_index	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kendra_query_suggestions_block_list	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kendra_thesaurus	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_key_pair	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_keyspaces_keyspace	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_keyspaces_table	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kinesis_analytics_application	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kinesis_firehose_delivery_stream	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kinesis_resource_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kinesis_stream	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kinesis_stream_consumer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kinesis_video_stream	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kinesisanalyticsv2_application	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kinesisanalyticsv2_application_snapshot	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kms_alias	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kms_ciphertext	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kms_custom_key_store	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kms_external_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kms_grant	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kms_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kms_key_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kms_replica_external_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_kms_replica_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lakeformation_data_cells_filter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lakeformation_data_lake_settings	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lakeformation_lf_tag	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lakeformation_permissions	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lakeformation_resource	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lakeformation_resource_lf_tag	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lakeformation_resource_lf_tags	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lambda_alias	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lambda_code_signing_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lambda_event_source_mapping	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lambda_function	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lambda_function_event_invoke_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lambda_function_recursion_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lambda_function_url	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lambda_invocation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lambda_layer_version	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lambda_layer_version_permission	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lambda_permission	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lambda_provisioned_concurrency_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lambda_runtime_management_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_launch_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_launch_template	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lb	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lb_cookie_stickiness_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lb_listener	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lb_listener_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lb_listener_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lb_ssl_negotiation_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lb_target_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lb_target_group_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lb_trust_store	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lb_trust_store_revocation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lex_bot	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lex_bot_alias	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lex_intent	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lex_slot_type	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lexv2models_bot	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lexv2models_bot_locale	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lexv2models_bot_version	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lexv2models_intent	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lexv2models_slot	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lexv2models_slot_type	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_licensemanager_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_licensemanager_grant	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_licensemanager_grant_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_licensemanager_license_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_bucket	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_bucket_access_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_bucket_resource_access	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_container_service	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_container_service_deployment_version	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_database	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_disk	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_disk_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_distribution	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_domain_entry	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_instance_public_ports	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_key_pair	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_lb	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_lb_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_lb_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_lb_certificate_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_lb_https_redirection_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_lb_stickiness_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_static_ip	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_lightsail_static_ip_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_load_balancer_backend_server_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_load_balancer_listener_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_load_balancer_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_location_geofence_collection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_location_map	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_location_place_index	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_location_route_calculator	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_location_tracker	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_location_tracker_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_m2_application	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_m2_deployment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_m2_environment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_macie2_account	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_macie2_classification_export_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_macie2_classification_job	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_macie2_custom_data_identifier	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_macie2_findings_filter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_macie2_invitation_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_macie2_member	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_macie2_organization_admin_account	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_macie_member_account_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_macie_s3_bucket_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_main_route_table_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_media_convert_queue	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_media_package_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_media_packagev2_channel_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_media_store_container	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_media_store_container_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_medialive_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_medialive_input	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_medialive_input_security_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_medialive_multiplex	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_medialive_multiplex_program	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_memorydb_acl	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_memorydb_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_memorydb_multi_region_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_memorydb_parameter_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_memorydb_snapshot	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_memorydb_subnet_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_memorydb_user	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_mq_broker	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_mq_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_msk_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_msk_cluster_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_msk_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_msk_replicator	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_msk_scram_secret_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_msk_serverless_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_msk_single_scram_secret_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_msk_vpc_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_mskconnect_connector	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_mskconnect_custom_plugin	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_mskconnect_worker_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_mwaa_environment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_nat_gateway	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_neptune_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_neptune_cluster_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_neptune_cluster_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_neptune_cluster_parameter_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_neptune_cluster_snapshot	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_neptune_event_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_neptune_global_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_neptune_parameter_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_neptune_subnet_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_network_acl	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_network_acl_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_network_acl_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_network_interface	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_network_interface_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_network_interface_sg_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkfirewall_firewall	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkfirewall_firewall_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkfirewall_logging_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkfirewall_resource_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkfirewall_rule_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkfirewall_tls_inspection_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_attachment_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_connect_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_connect_peer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_core_network	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_core_network_policy_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_customer_gateway_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_device	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_dx_gateway_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_global_network	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_link	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_link_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_site	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_site_to_site_vpn_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_transit_gateway_connect_peer_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_transit_gateway_peering	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_transit_gateway_registration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_transit_gateway_route_table_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmanager_vpc_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmonitor_monitor	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_networkmonitor_probe	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_oam_link	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_oam_sink	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_oam_sink_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearch_authorize_vpc_endpoint_access	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearch_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearch_domain_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearch_domain_saml_options	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearch_inbound_connection_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearch_outbound_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearch_package	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearch_package_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearch_vpc_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearchserverless_access_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearchserverless_collection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearchserverless_lifecycle_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearchserverless_security_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearchserverless_security_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opensearchserverless_vpc_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_application	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_custom_layer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_ecs_cluster_layer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_ganglia_layer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_haproxy_layer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_java_app_layer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_memcached_layer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_mysql_layer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_nodejs_app_layer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_permission	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_php_app_layer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_rails_app_layer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_rds_db_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_stack	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_static_web_layer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_opsworks_user_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_organizations_account	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_organizations_delegated_administrator	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_organizations_organization	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_organizations_organizational_unit	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_organizations_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_organizations_policy_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_organizations_resource_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_osis_pipeline	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_paymentcryptography_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_paymentcryptography_key_alias	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpoint_adm_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpoint_apns_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpoint_apns_sandbox_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpoint_apns_voip_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpoint_apns_voip_sandbox_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpoint_app	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpoint_baidu_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpoint_email_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpoint_email_template	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpoint_event_stream	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpoint_gcm_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpoint_sms_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpointsmsvoicev2_configuration_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpointsmsvoicev2_opt_out_list	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pinpointsmsvoicev2_phone_number	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_pipes_pipe	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_placement_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_prometheus_alert_manager_definition	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_prometheus_rule_group_namespace	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_prometheus_scraper	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_prometheus_workspace	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_proxy_protocol_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_qldb_ledger	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_qldb_stream	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_account_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_analysis	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_dashboard	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_data_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_data_source	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_folder	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_folder_membership	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_group_membership	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_iam_policy_assignment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_ingestion	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_namespace	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_refresh_schedule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_template	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_template_alias	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_theme	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_user	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_quicksight_vpc_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ram_principal_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ram_resource_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ram_resource_share	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ram_resource_share_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ram_sharing_with_organization	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rbin_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rds_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rds_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rds_cluster_activity_stream	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rds_cluster_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rds_cluster_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rds_cluster_parameter_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rds_cluster_role_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rds_cluster_snapshot_copy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rds_custom_db_engine_version	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rds_export_task	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rds_global_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rds_instance_state	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rds_integration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rds_reserved_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_authentication_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_cluster_iam_roles	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_cluster_snapshot	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_data_share_authorization	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_data_share_consumer_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_endpoint_access	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_endpoint_authorization	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_event_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_hsm_client_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_hsm_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_logging	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_parameter_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_partner	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_resource_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_scheduled_action	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_security_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_snapshot_copy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_snapshot_copy_grant	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_snapshot_schedule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_snapshot_schedule_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_subnet_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshift_usage_limit	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshiftdata_statement	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshiftserverless_custom_domain_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshiftserverless_endpoint_access	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshiftserverless_namespace	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshiftserverless_resource_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshiftserverless_snapshot	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshiftserverless_usage_limit	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_redshiftserverless_workgroup	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_region_info	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rekognition_collection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rekognition_project	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rekognition_stream_processor	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_resiliencehub_resiliency_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_resourceexplorer2_index	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_resourceexplorer2_view	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_resourcegroups_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_resourcegroups_resource	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rolesanywhere_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rolesanywhere_trust_anchor	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_root	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_root_access_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_cidr_collection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_cidr_location	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_delegation_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_health_check	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_hosted_zone_dnssec	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_key_signing_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_query_log	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_record	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_resolver_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_resolver_dnssec_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_resolver_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_resolver_firewall_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_resolver_firewall_domain_list	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_resolver_firewall_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_resolver_firewall_rule_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_resolver_firewall_rule_group_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_resolver_query_log_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_resolver_query_log_config_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_resolver_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_resolver_rule_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_traffic_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_traffic_policy_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_vpc_association_authorization	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_zone	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53_zone_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53domains_delegation_signer_record	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53domains_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53domains_registered_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53profiles_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53profiles_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53profiles_resource_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53recoverycontrolconfig_cluster	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53recoverycontrolconfig_control_panel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53recoverycontrolconfig_routing_control	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53recoverycontrolconfig_safety_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53recoveryreadiness_cell	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53recoveryreadiness_readiness_check	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53recoveryreadiness_recovery_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route53recoveryreadiness_resource_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route_table	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_route_table_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rum_app_monitor	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_rum_metrics_destination	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_access_point	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_account_public_access_block	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_accelerate_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_acl	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_analytics_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_cors_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_intelligent_tiering_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_inventory	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_lifecycle_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_logging	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_metric	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_notification	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_object	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_object_lock_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_ownership_controls	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_public_access_block	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_replication_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_request_payment_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_server_side_encryption_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_versioning	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_bucket_website_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_directory_bucket	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_object	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3_object_copy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3control_access_grant	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3control_access_grants_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3control_access_grants_instance_resource_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3control_access_grants_location	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3control_access_point_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3control_bucket	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3control_bucket_lifecycle_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3control_bucket_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3control_multi_region_access_point	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3control_multi_region_access_point_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3control_object_lambda_access_point	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3control_object_lambda_access_point_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3control_storage_lens_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3outposts_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3tables_namespace	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3tables_table	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3tables_table_bucket	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3tables_table_bucket_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_s3tables_table_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_app	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_app_image_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_code_repository	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_data_quality_job_definition	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_device	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_device_fleet	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_endpoint_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_feature_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_flow_definition	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_hub	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_human_task_ui	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_image	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_image_version	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_mlflow_tracking_server	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_model	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_model_package_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_model_package_group_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_monitoring_schedule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_notebook_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_notebook_instance_lifecycle_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_pipeline	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_project	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_servicecatalog_portfolio_status	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_space	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_studio_lifecycle_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_user_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_workforce	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sagemaker_workteam	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_scheduler_schedule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_scheduler_schedule_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_schemas_discoverer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_schemas_registry	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_schemas_registry_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_schemas_schema	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_secretsmanager_secret	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_secretsmanager_secret_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_secretsmanager_secret_rotation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_secretsmanager_secret_version	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_security_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_security_group_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_account	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_action_target	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_automation_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_configuration_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_configuration_policy_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_finding_aggregator	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_insight	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_invite_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_member	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_organization_admin_account	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_organization_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_product_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_standards_control	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_standards_control_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securityhub_standards_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securitylake_aws_log_source	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securitylake_custom_log_source	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securitylake_data_lake	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securitylake_subscriber	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_securitylake_subscriber_notification	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_serverlessapplicationrepository_cloudformation_stack	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_service_discovery_http_namespace	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_service_discovery_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_service_discovery_private_dns_namespace	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_service_discovery_public_dns_namespace	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_service_discovery_service	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalog_budget_resource_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalog_constraint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalog_organizations_access	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalog_portfolio	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalog_portfolio_share	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalog_principal_portfolio_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalog_product	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalog_product_portfolio_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalog_provisioned_product	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalog_provisioning_artifact	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalog_service_action	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalog_tag_option	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalog_tag_option_resource_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalogappregistry_application	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalogappregistry_attribute_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicecatalogappregistry_attribute_group_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicequotas_service_quota	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicequotas_template	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_servicequotas_template_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ses_active_receipt_rule_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ses_configuration_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ses_domain_dkim	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ses_domain_identity	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ses_domain_identity_verification	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ses_domain_mail_from	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ses_email_identity	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ses_event_destination	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ses_identity_notification_topic	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ses_identity_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ses_receipt_filter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ses_receipt_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ses_receipt_rule_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ses_template	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sesv2_account_suppression_attributes	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sesv2_account_vdm_attributes	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sesv2_configuration_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sesv2_configuration_set_event_destination	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sesv2_contact_list	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sesv2_dedicated_ip_assignment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sesv2_dedicated_ip_pool	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sesv2_email_identity	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sesv2_email_identity_feedback_attributes	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sesv2_email_identity_mail_from_attributes	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sesv2_email_identity_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sfn_activity	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sfn_alias	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sfn_state_machine	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_shield_application_layer_automatic_response	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_shield_drt_access_log_bucket_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_shield_drt_access_role_arn_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_shield_proactive_engagement	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_shield_protection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_shield_protection_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_shield_protection_health_check_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_shield_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_signer_signing_job	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_signer_signing_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_signer_signing_profile_permission	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_simpledb_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_snapshot_create_volume_permission	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sns_platform_application	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sns_sms_preferences	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sns_topic	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sns_topic_data_protection_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sns_topic_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sns_topic_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_spot_datafeed_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_spot_fleet_request	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_spot_instance_request	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sqs_queue	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sqs_queue_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sqs_queue_redrive_allow_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_sqs_queue_redrive_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssm_activation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssm_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssm_default_patch_baseline	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssm_document	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssm_maintenance_window	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssm_maintenance_window_target	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssm_maintenance_window_task	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssm_parameter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssm_patch_baseline	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssm_patch_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssm_resource_data_sync	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssm_service_setting	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssmcontacts_contact	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssmcontacts_contact_channel	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssmcontacts_plan	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssmcontacts_rotation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssmincidents_replication_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssmincidents_response_plan	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssmquicksetup_configuration_manager	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssoadmin_account_assignment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssoadmin_application	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssoadmin_application_access_scope	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssoadmin_application_assignment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssoadmin_application_assignment_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssoadmin_customer_managed_policy_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssoadmin_instance_access_control_attributes	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssoadmin_managed_policy_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssoadmin_permission_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssoadmin_permission_set_inline_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssoadmin_permissions_boundary_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_ssoadmin_trusted_token_issuer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_storagegateway_cache	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_storagegateway_cached_iscsi_volume	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_storagegateway_file_system_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_storagegateway_gateway	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_storagegateway_nfs_file_share	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_storagegateway_smb_file_share	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_storagegateway_stored_iscsi_volume	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_storagegateway_tape_pool	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_storagegateway_upload_buffer	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_storagegateway_working_storage	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_subnet	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_swf_domain	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_synthetics_canary	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_synthetics_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_synthetics_group_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_timestreaminfluxdb_db_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_timestreamquery_scheduled_query	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_timestreamwrite_database	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_timestreamwrite_table	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_transcribe_language_model	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_transcribe_medical_vocabulary	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_transcribe_vocabulary	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_transcribe_vocabulary_filter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_transfer_access	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_transfer_agreement	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_transfer_certificate	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_transfer_connector	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_transfer_profile	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_transfer_server	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_transfer_ssh_key	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_transfer_tag	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_transfer_user	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_transfer_workflow	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_verifiedaccess_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_verifiedaccess_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_verifiedaccess_instance	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_verifiedaccess_instance_logging_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_verifiedaccess_instance_trust_provider_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_verifiedaccess_trust_provider	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_verifiedpermissions_identity_source	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_verifiedpermissions_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_verifiedpermissions_policy_store	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_verifiedpermissions_policy_template	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_verifiedpermissions_schema	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_volume_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_block_public_access_exclusion	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_block_public_access_options	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_dhcp_options	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_dhcp_options_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_endpoint	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_endpoint_connection_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_endpoint_connection_notification	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_endpoint_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_endpoint_private_dns	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_endpoint_route_table_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_endpoint_security_group_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_endpoint_service	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_endpoint_service_allowed_principal	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_endpoint_service_private_dns_verification	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_endpoint_subnet_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_ipam	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_ipam_organization_admin_account	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_ipam_pool	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_ipam_pool_cidr	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_ipam_pool_cidr_allocation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_ipam_preview_next_cidr	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_ipam_resource_discovery	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_ipam_resource_discovery_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_ipam_scope	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_ipv4_cidr_block_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_ipv6_cidr_block_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_network_performance_metric_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_peering_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_peering_connection_accepter	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_peering_connection_options	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_security_group_egress_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_security_group_ingress_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpc_security_group_vpc_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpclattice_access_log_subscription	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpclattice_auth_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpclattice_listener	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpclattice_listener_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpclattice_resource_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpclattice_resource_gateway	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpclattice_resource_policy	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpclattice_service	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpclattice_service_network	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpclattice_service_network_resource_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpclattice_service_network_service_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpclattice_service_network_vpc_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpclattice_target_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpclattice_target_group_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpn_connection	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpn_connection_route	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpn_gateway	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpn_gateway_attachment	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_vpn_gateway_route_propagation	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_waf_byte_match_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_waf_geo_match_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_waf_ipset	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_waf_rate_based_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_waf_regex_match_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_waf_regex_pattern_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_waf_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_waf_rule_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_waf_size_constraint_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_waf_sql_injection_match_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_waf_web_acl	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_waf_xss_match_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafregional_byte_match_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafregional_geo_match_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafregional_ipset	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafregional_rate_based_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafregional_regex_match_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafregional_regex_pattern_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafregional_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafregional_rule_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafregional_size_constraint_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafregional_sql_injection_match_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafregional_web_acl	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafregional_web_acl_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafregional_xss_match_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafv2_ip_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafv2_regex_pattern_set	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafv2_rule_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafv2_web_acl	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafv2_web_acl_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_wafv2_web_acl_logging_configuration	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_worklink_fleet	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_worklink_website_certificate_authority_association	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_workspaces_connection_alias	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_workspaces_directory	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_workspaces_ip_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_workspaces_workspace	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_xray_encryption_config	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_xray_group	Ensure CodeCommit associates an approval rule
CKV2_AWS_37	resource	aws_xray_sampling_rule	Ensure CodeCommit associates an approval rule
CKV2_AWS_38	resource	aws_route53_zone	Ensure Domain Name System Security Extensions (DNSSEC) signing is enabled for Amazon Route 53 public hosted zones
CKV2_AWS_39	resource	aws_route53_zone	Ensure Domain Name System (DNS) query logging is enabled for Amazon Route 53 hosted zones
CKV2_AWS_40	resource	aws_iam_group_policy	Ensure AWS IAM policy does not allow full IAM privileges
CKV2_AWS_40	resource	aws_iam_policy	Ensure AWS IAM policy does not allow full IAM privileges
CKV2_AWS_40	resource	aws_iam_role_policy	Ensure AWS IAM policy does not allow full IAM privileges
CKV2_AWS_40	resource	aws_iam_user_policy	Ensure AWS IAM policy does not allow full IAM privileges
CKV2_AWS_40	resource	aws_ssoadmin_permission_set_inline_policy	Ensure AWS IAM policy does not allow full IAM privileges
CKV2_AWS_40	resource	data.aws_iam_policy_document	Ensure AWS IAM policy does not allow full IAM privileges
CKV2_AWS_41	resource	aws_instance	Ensure an IAM role is attached to EC2 instance
CKV2_AWS_42	resource	aws_cloudfront_distribution	Ensure AWS CloudFront distribution uses custom SSL certificate
CKV2_AWS_43	resource	aws_s3_bucket_acl	Ensure S3 Bucket does not allow access to all Authenticated users
CKV2_AWS_44	resource	aws_route	Ensure AWS route table with VPC peering does not contain routes overly permissive to all traffic
CKV2_AWS_44	resource	aws_route_table	Ensure AWS route table with VPC peering does not contain routes overly permissive to all traffic
CKV2_AWS_45	resource	aws_config_configuration_recorder	Ensure AWS Config recorder is enabled to record all supported resources
CKV2_AWS_45	resource	aws_config_configuration_recorder_status	Ensure AWS Config recorder is enabled to record all supported resources
CKV2_AWS_46	resource	aws_cloudfront_distribution	Ensure AWS CloudFront Distribution with S3 have Origin Access set to enabled
CKV2_AWS_47	resource	aws_cloudfront_distribution	Ensure AWS CloudFront attached WAFv2 WebACL is configured with AMR for Log4j Vulnerability
CKV2_AWS_47	resource	aws_wafv2_web_acl	Ensure AWS CloudFront attached WAFv2 WebACL is configured with AMR for Log4j Vulnerability
CKV2_AWS_48	resource	aws_config_configuration_recorder	Ensure AWS Config must record all possible resources
CKV2_AWS_49	resource	aws_dms_endpoint	Ensure AWS Database Migration Service endpoints have SSL configured
CKV2_AWS_50	resource	aws_elasticache_replication_group	Ensure AWS ElastiCache Redis cluster with Multi-AZ Automatic Failover feature set to enabled
CKV2_AWS_51	resource	aws_api_gateway_stage	Ensure AWS API Gateway endpoints uses client certificate authentication
CKV2_AWS_51	resource	aws_apigatewayv2_api	Ensure AWS API Gateway endpoints uses client certificate authentication
CKV2_AWS_51	resource	aws_apigatewayv2_stage	Ensure AWS API Gateway endpoints uses client certificate authentication
CKV2_AWS_52	resource	aws_elasticsearch_domain	Ensure AWS ElasticSearch/OpenSearch Fine-grained access control is enabled
CKV2_AWS_52	resource	aws_opensearch_domain	Ensure AWS ElasticSearch/OpenSearch Fine-grained access control is enabled
CKV2_AWS_53	resource	aws_api_gateway_method	Ensure AWS API gateway request is validated
CKV2_AWS_54	resource	aws_cloudfront_distribution	Ensure AWS CloudFront distribution is using secure SSL protocols for HTTPS communication
CKV2_AWS_55	resource	aws_emr_cluster	Ensure AWS EMR cluster is configured with security configuration
CKV2_AWS_56	resource	aws_iam_group_policy_attachment	Ensure AWS Managed IAMFullAccess IAM policy is not used.
CKV2_AWS_56	resource	aws_iam_policy_attachment	Ensure AWS Managed IAMFullAccess IAM policy is not used.
CKV2_AWS_56	resource	aws_iam_role	Ensure AWS Managed IAMFullAccess IAM policy is not used.
CKV2_AWS_56	resource	aws_iam_role_policy_attachment	Ensure AWS Managed IAMFullAccess IAM policy is not used.
CKV2_AWS_56	resource	aws_iam_user_policy_attachment	Ensure AWS Managed IAMFullAccess IAM policy is not used.
CKV2_AWS_56	resource	aws_ssoadmin_managed_policy_attachment	Ensure AWS Managed IAMFullAccess IAM policy is not used.
CKV2_AWS_56	resource	data.aws_iam_policy	Ensure AWS Managed IAMFullAccess IAM policy is not used.
CKV2_AWS_57	resource	aws_secretsmanager_secret	Ensure Secrets Manager secrets should have automatic rotation enabled
CKV2_AWS_58	resource	aws_neptune_cluster	Ensure AWS Neptune cluster deletion protection is enabled
CKV2_AWS_59	resource	aws_elasticsearch_domain	Ensure ElasticSearch/OpenSearch has dedicated master node enabled
CKV2_AWS_59	resource	aws_opensearch_domain	Ensure ElasticSearch/OpenSearch has dedicated master node enabled
CKV2_AWS_60	resource	aws_db_instance	Ensure RDS instance with copy tags to snapshots is enabled
CKV2_AWS_61	resource	aws_s3_bucket	Ensure that an S3 bucket has a lifecycle configuration
CKV2_AWS_62	resource	aws_s3_bucket	Ensure S3 buckets should have event notifications enabled
CKV2_AWS_63	resource	aws_networkfirewall_firewall	Ensure Network firewall has logging configuration defined
CKV2_AWS_64	resource	aws_kms_key	Ensure KMS key Policy is defined
CKV2_AWS_65	resource	aws_s3_bucket_ownership_controls	Ensure access control lists for S3 buckets are disabled
CKV2_AWS_66	resource	aws_mwaa_environment	Ensure MWAA environment is not publicly accessible
CKV2_AWS_68	resource	aws_iam_role	Ensure SageMaker notebook instance IAM policy is not overly permissive
CKV2_AWS_68	resource	aws_sagemaker_notebook_instance	Ensure SageMaker notebook instance IAM policy is not overly permissive
CKV2_AWS_69	resource	aws_db_instance	Ensure AWS RDS database instance configured with encryption in transit
CKV2_AWS_69	resource	aws_db_parameter_group	Ensure AWS RDS database instance configured with encryption in transit
CKV2_AWS_70	resource	aws_api_gateway_method	Ensure API gateway method has authorization or API key set
CKV2_AWS_71	resource	aws_acm_certificate	Ensure AWS ACM Certificate domain name does not include wildcards
CKV2_AWS_72	resource	aws_cloudfront_distribution	Ensure AWS CloudFront origin protocol policy enforces HTTPS-only
CKV2_AWS_73	resource	aws_sqs_queue	Ensure AWS SQS uses CMK not AWS default keys for encryption
CKV2_AWS_74	resource	aws_alb_listener	Ensure AWS Load Balancers use strong ciphers
CKV2_AWS_74	resource	aws_lb_listener	Ensure AWS Load Balancers use strong ciphers
CKV2_AWS_75	resource	aws	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_accessanalyzer_analyzer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_accessanalyzer_archive_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_account_alternate_contact	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_account_primary_contact	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_account_region	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_acm_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_acm_certificate_validation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_acmpca_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_acmpca_certificate_authority	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_acmpca_certificate_authority_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_acmpca_permission	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_acmpca_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_alb	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_alb_listener	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_alb_listener_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_alb_listener_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_alb_target_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_alb_target_group_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ami	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ami_copy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ami_from_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ami_launch_permission	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_amplify_app	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_amplify_backend_environment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_amplify_branch	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_amplify_domain_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_amplify_webhook	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_account	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_api_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_authorizer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_base_path_mapping	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_client_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_deployment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_documentation_part	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_documentation_version	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_domain_name	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_domain_name_access_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_gateway_response	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_integration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_integration_response	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_method	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_method_response	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_method_settings	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_model	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_request_validator	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_resource	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_rest_api	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_rest_api_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_stage	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_usage_plan	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_usage_plan_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_api_gateway_vpc_link	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apigatewayv2_api	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apigatewayv2_api_mapping	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apigatewayv2_authorizer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apigatewayv2_deployment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apigatewayv2_domain_name	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apigatewayv2_integration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apigatewayv2_integration_response	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apigatewayv2_model	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apigatewayv2_route	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apigatewayv2_route_response	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apigatewayv2_stage	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apigatewayv2_vpc_link	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_app_cookie_stickiness_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appautoscaling_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appautoscaling_scheduled_action	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appautoscaling_target	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appconfig_application	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appconfig_configuration_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appconfig_deployment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appconfig_deployment_strategy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appconfig_environment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appconfig_extension	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appconfig_extension_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appconfig_hosted_configuration_version	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appfabric_app_authorization	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appfabric_app_authorization_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appfabric_app_bundle	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appfabric_ingestion	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appfabric_ingestion_destination	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appflow_connector_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appflow_flow	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appintegrations_data_integration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appintegrations_event_integration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_applicationinsights_application	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appmesh_gateway_route	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appmesh_mesh	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appmesh_route	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appmesh_virtual_gateway	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appmesh_virtual_node	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appmesh_virtual_router	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appmesh_virtual_service	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apprunner_auto_scaling_configuration_version	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apprunner_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apprunner_custom_domain_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apprunner_default_auto_scaling_configuration_version	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apprunner_deployment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apprunner_observability_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apprunner_service	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apprunner_vpc_connector	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_apprunner_vpc_ingress_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appstream_directory_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appstream_fleet	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appstream_fleet_stack_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appstream_image_builder	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appstream_stack	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appstream_user	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appstream_user_stack_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appsync_api_cache	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appsync_api_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appsync_datasource	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appsync_domain_name	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appsync_domain_name_api_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appsync_function	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appsync_graphql_api	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appsync_resolver	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appsync_source_api_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_appsync_type	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_athena_data_catalog	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_athena_database	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_athena_named_query	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_athena_prepared_statement	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_athena_workgroup	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_auditmanager_account_registration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_auditmanager_assessment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_auditmanager_assessment_delegation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_auditmanager_assessment_report	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_auditmanager_control	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_auditmanager_framework	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_auditmanager_framework_share	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_auditmanager_organization_admin_account_registration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_autoscaling_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_autoscaling_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_autoscaling_group_tag	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_autoscaling_lifecycle_hook	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_autoscaling_notification	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_autoscaling_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_autoscaling_schedule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_autoscaling_traffic_source_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_autoscalingplans_scaling_plan	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_az_info	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_backup_framework	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_backup_global_settings	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_backup_logically_air_gapped_vault	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_backup_plan	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_backup_region_settings	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_backup_report_plan	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_backup_restore_testing_plan	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_backup_restore_testing_selection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_backup_selection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_backup_vault	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_backup_vault_lock_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_backup_vault_notifications	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_backup_vault_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_batch_compute_environment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_batch_job_definition	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_batch_job_queue	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_batch_scheduling_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_bcmdataexports_export	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_bedrock_custom_model	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_bedrock_guardrail	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_bedrock_guardrail_version	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_bedrock_inference_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_bedrock_model_invocation_logging_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_bedrock_provisioned_model_throughput	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_bedrockagent_agent	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_bedrockagent_agent_action_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_bedrockagent_agent_alias	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_bedrockagent_agent_collaborator	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_bedrockagent_agent_knowledge_base_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_bedrockagent_data_source	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_bedrockagent_knowledge_base	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_budgets_budget	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_budgets_budget_action	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_caller_info	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ce_anomaly_monitor	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ce_anomaly_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ce_cost_allocation_tag	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ce_cost_category	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_chatbot_slack_channel_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_chatbot_teams_channel_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_chime_voice_connector	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_chime_voice_connector_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_chime_voice_connector_logging	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_chime_voice_connector_origination	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_chime_voice_connector_streaming	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_chime_voice_connector_termination	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_chime_voice_connector_termination_credentials	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_chimesdkmediapipelines_media_insights_pipeline_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_chimesdkvoice_global_settings	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_chimesdkvoice_sip_media_application	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_chimesdkvoice_sip_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_chimesdkvoice_voice_profile_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cleanrooms_collaboration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cleanrooms_configured_table	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cleanrooms_membership	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloud9_environment_ec2	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloud9_environment_membership	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudcontrolapi_resource	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudformation_stack	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudformation_stack_instances	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudformation_stack_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudformation_stack_set_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudformation_type	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_cache_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_continuous_deployment_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_distribution	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_field_level_encryption_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_field_level_encryption_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_function	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_key_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_key_value_store	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_monitoring_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_origin_access_control	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_origin_access_identity	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_origin_request_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_public_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_realtime_log_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_response_headers_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfront_vpc_origin	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudfrontkeyvaluestore_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudhsm_v2_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudhsm_v2_hsm	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudsearch_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudsearch_domain_service_access_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudtrail	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudtrail_event_data_store	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudtrail_organization_delegated_admin_account	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_composite_alarm	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_dashboard	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_event_api_destination	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_event_archive	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_event_bus	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_event_bus_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_event_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_event_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_event_permission	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_event_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_event_target	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_account_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_anomaly_detector	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_data_protection_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_delivery	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_delivery_destination	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_delivery_destination_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_delivery_source	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_destination	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_destination_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_index_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_metric_filter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_resource_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_stream	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_log_subscription_filter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_metric_alarm	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_metric_stream	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cloudwatch_query_definition	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codeartifact_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codeartifact_domain_permissions_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codeartifact_repository	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codeartifact_repository_permissions_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codebuild_fleet	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codebuild_project	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codebuild_report_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codebuild_resource_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codebuild_source_credential	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codebuild_webhook	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codecatalyst_dev_environment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codecatalyst_project	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codecatalyst_source_repository	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codecommit_approval_rule_template	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codecommit_approval_rule_template_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codecommit_repository	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codecommit_trigger	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codeconnections_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codeconnections_host	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codedeploy_app	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codedeploy_deployment_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codedeploy_deployment_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codeguruprofiler_profiling_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codegurureviewer_repository_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codepipeline	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codepipeline_custom_action_type	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codepipeline_webhook	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codestarconnections_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codestarconnections_host	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_codestarnotifications_notification_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cognito_identity_pool	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cognito_identity_pool_provider_principal_tag	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cognito_identity_pool_roles_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cognito_identity_provider	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cognito_managed_user_pool_client	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cognito_resource_server	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cognito_risk_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cognito_user	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cognito_user_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cognito_user_in_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cognito_user_pool	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cognito_user_pool_client	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cognito_user_pool_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cognito_user_pool_ui_customization	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_comprehend_document_classifier	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_comprehend_entity_recognizer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_computeoptimizer_enrollment_status	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_computeoptimizer_recommendation_preferences	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_config_aggregate_authorization	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_config_config_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_config_configuration_aggregator	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_config_configuration_recorder	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_config_configuration_recorder_status	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_config_conformance_pack	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_config_delivery_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_config_organization_conformance_pack	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_config_organization_custom_policy_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_config_organization_custom_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_config_organization_managed_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_config_remediation_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_config_retention_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_bot_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_contact_flow	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_contact_flow_module	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_hours_of_operation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_instance_storage_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_lambda_function_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_phone_number	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_queue	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_quick_connect	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_routing_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_security_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_user	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_user_hierarchy_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_user_hierarchy_structure	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_connect_vocabulary	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_controltower_control	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_controltower_landing_zone	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_costoptimizationhub_enrollment_status	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_costoptimizationhub_preferences	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_cur_report_definition	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_customer_gateway	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_customerprofiles_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_customerprofiles_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dataexchange_data_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dataexchange_revision	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datapipeline_pipeline	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datapipeline_pipeline_definition	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datasync_agent	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datasync_location_azure_blob	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datasync_location_efs	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datasync_location_fsx_lustre_file_system	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datasync_location_fsx_ontap_file_system	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datasync_location_fsx_openzfs_file_system	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datasync_location_fsx_windows_file_system	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datasync_location_hdfs	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datasync_location_nfs	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datasync_location_object_storage	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datasync_location_s3	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datasync_location_smb	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datasync_task	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datazone_asset_type	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datazone_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datazone_environment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datazone_environment_blueprint_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datazone_environment_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datazone_form_type	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datazone_glossary	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datazone_glossary_term	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datazone_project	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_datazone_user_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dax_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dax_parameter_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dax_subnet_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_cluster_snapshot	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_event_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_instance_automated_backups_replication	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_instance_role_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_option_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_parameter_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_proxy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_proxy_default_target_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_proxy_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_proxy_target	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_security_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_snapshot	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_snapshot_copy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_db_subnet_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_default_network_acl	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_default_route_table	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_default_security_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_default_subnet	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_default_vpc	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_default_vpc_dhcp_options	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_detective_graph	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_detective_invitation_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_detective_member	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_detective_organization_admin_account	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_detective_organization_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_devicefarm_device_pool	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_devicefarm_instance_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_devicefarm_network_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_devicefarm_project	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_devicefarm_test_grid_project	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_devicefarm_upload	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_devopsguru_event_sources_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_devopsguru_notification_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_devopsguru_resource_collection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_devopsguru_service_integration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_directory_service_conditional_forwarder	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_directory_service_directory	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_directory_service_log_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_directory_service_radius_settings	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_directory_service_region	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_directory_service_shared_directory	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_directory_service_shared_directory_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_directory_service_trust	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dlm_lifecycle_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dms_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dms_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dms_event_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dms_replication_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dms_replication_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dms_replication_subnet_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dms_replication_task	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dms_s3_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_docdb_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_docdb_cluster_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_docdb_cluster_parameter_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_docdb_cluster_snapshot	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_docdb_event_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_docdb_global_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_docdb_subnet_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_docdbelastic_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_drs_replication_configuration_template	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_bgp_peer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_connection_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_connection_confirmation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_gateway	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_gateway_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_gateway_association_proposal	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_hosted_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_hosted_private_virtual_interface	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_hosted_private_virtual_interface_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_hosted_public_virtual_interface	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_hosted_public_virtual_interface_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_hosted_transit_virtual_interface	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_hosted_transit_virtual_interface_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_lag	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_macsec_key_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_private_virtual_interface	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_public_virtual_interface	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dx_transit_virtual_interface	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dynamodb_contributor_insights	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dynamodb_global_table	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dynamodb_kinesis_streaming_destination	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dynamodb_resource_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dynamodb_table	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dynamodb_table_export	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dynamodb_table_item	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dynamodb_table_replica	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_dynamodb_tag	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ebs_default_kms_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ebs_encryption_by_default	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ebs_fast_snapshot_restore	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ebs_snapshot	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ebs_snapshot_block_public_access	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ebs_snapshot_copy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ebs_snapshot_import	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ebs_volume	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_availability_zone_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_capacity_block_reservation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_capacity_reservation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_carrier_gateway	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_client_vpn_authorization_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_client_vpn_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_client_vpn_network_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_client_vpn_route	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_fleet	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_host	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_image_block_public_access	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_instance_connect_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_instance_metadata_defaults	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_instance_state	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_local_gateway_route	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_local_gateway_route_table_vpc_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_managed_prefix_list	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_managed_prefix_list_entry	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_network_insights_analysis	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_network_insights_path	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_serial_console_access	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_subnet_cidr_reservation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_tag	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_traffic_mirror_filter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_traffic_mirror_filter_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_traffic_mirror_session	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_traffic_mirror_target	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_connect	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_connect_peer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_default_route_table_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_default_route_table_propagation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_multicast_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_multicast_domain_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_multicast_group_member	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_multicast_group_source	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_peering_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_peering_attachment_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_policy_table	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_policy_table_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_prefix_list_reference	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_route	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_route_table	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_route_table_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_route_table_propagation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_vpc_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ec2_transit_gateway_vpc_attachment_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecr_account_setting	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecr_lifecycle_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecr_pull_through_cache_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecr_registry_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecr_registry_scanning_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecr_replication_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecr_repository	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecr_repository_creation_template	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecr_repository_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecrpublic_repository	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecrpublic_repository_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecs_account_setting_default	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecs_capacity_provider	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecs_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecs_cluster_capacity_providers	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecs_service	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecs_tag	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecs_task_definition	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ecs_task_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_efs_access_point	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_efs_backup_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_efs_file_system	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_efs_file_system_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_efs_mount_target	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_efs_replication_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_egress_only_internet_gateway	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_eip	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_eip_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_eip_domain_name	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_eks_access_entry	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_eks_access_policy_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_eks_addon	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_eks_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_eks_fargate_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_eks_identity_provider_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_eks_node_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_eks_pod_identity_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elastic_beanstalk_application	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elastic_beanstalk_application_version	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elastic_beanstalk_configuration_template	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elastic_beanstalk_environment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticache_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticache_global_replication_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticache_parameter_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticache_replication_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticache_reserved_cache_node	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticache_security_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticache_serverless_cache	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticache_subnet_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticache_user	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticache_user_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticache_user_group_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticsearch_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticsearch_domain_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticsearch_domain_saml_options	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elasticsearch_vpc_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elastictranscoder_pipeline	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elastictranscoder_preset	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elb	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_elb_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_emr_block_public_access_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_emr_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_emr_instance_fleet	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_emr_instance_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_emr_managed_scaling_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_emr_security_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_emr_studio	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_emr_studio_session_mapping	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_emrcontainers_job_template	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_emrcontainers_virtual_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_emrserverless_application	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_evidently_feature	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_evidently_launch	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_evidently_project	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_evidently_segment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_finspace_kx_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_finspace_kx_database	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_finspace_kx_dataview	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_finspace_kx_environment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_finspace_kx_scaling_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_finspace_kx_user	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_finspace_kx_volume	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fis_experiment_template	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_flow_log	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fms_admin_account	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fms_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fms_resource_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fsx_backup	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fsx_data_repository_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fsx_file_cache	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fsx_lustre_file_system	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fsx_ontap_file_system	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fsx_ontap_storage_virtual_machine	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fsx_ontap_volume	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fsx_openzfs_file_system	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fsx_openzfs_snapshot	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fsx_openzfs_volume	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_fsx_windows_file_system	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_gamelift_alias	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_gamelift_build	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_gamelift_fleet	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_gamelift_game_server_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_gamelift_game_session_queue	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_gamelift_script	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glacier_vault	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glacier_vault_lock	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_globalaccelerator_accelerator	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_globalaccelerator_cross_account_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_globalaccelerator_custom_routing_accelerator	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_globalaccelerator_custom_routing_endpoint_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_globalaccelerator_custom_routing_listener	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_globalaccelerator_endpoint_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_globalaccelerator_listener	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_catalog_database	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_catalog_table	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_catalog_table_optimizer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_classifier	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_crawler	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_data_catalog_encryption_settings	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_data_quality_ruleset	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_dev_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_job	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_ml_transform	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_partition	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_partition_index	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_registry	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_resource_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_schema	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_security_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_trigger	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_user_defined_function	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_glue_workflow	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_grafana_license_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_grafana_role_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_grafana_workspace	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_grafana_workspace_api_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_grafana_workspace_saml_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_grafana_workspace_service_account	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_grafana_workspace_service_account_token	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_guardduty_detector	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_guardduty_detector_feature	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_guardduty_filter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_guardduty_invite_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_guardduty_ipset	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_guardduty_malware_protection_plan	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_guardduty_member	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_guardduty_member_detector_feature	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_guardduty_organization_admin_account	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_guardduty_organization_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_guardduty_organization_configuration_feature	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_guardduty_publishing_destination	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_guardduty_threatintelset	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_access_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_account_alias	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_account_password_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_group_membership	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_group_policies_exclusive	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_group_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_group_policy_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_group_policy_attachments_exclusive	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_instance_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_openid_connect_provider	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_organizations_features	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_policy_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_policy_document	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_role	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_role_policies_exclusive	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_role_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_role_policy_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_role_policy_attachments_exclusive	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_saml_provider	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_security_token_service_preferences	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_server_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_service_linked_role	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_service_specific_credential	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_signing_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_user	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_user_group_membership	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_user_login_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_user_policies_exclusive	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_user_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_user_policy_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_user_policy_attachments_exclusive	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_user_ssh_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iam_virtual_mfa_device	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_identitystore_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_identitystore_group_membership	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_identitystore_user	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_imagebuilder_component	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_imagebuilder_container_recipe	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_imagebuilder_distribution_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_imagebuilder_image	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_imagebuilder_image_pipeline	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_imagebuilder_image_recipe	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_imagebuilder_infrastructure_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_imagebuilder_lifecycle_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_imagebuilder_workflow	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_inspector2_delegated_admin_account	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_inspector2_enabler	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_inspector2_member_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_inspector2_organization_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_inspector_assessment_target	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_inspector_assessment_template	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_inspector_resource_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_internet_gateway	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_internet_gateway_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_internetmonitor_monitor	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_authorizer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_billing_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_ca_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_domain_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_event_configurations	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_indexing_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_logging_options	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_policy_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_provisioning_template	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_role_alias	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_thing	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_thing_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_thing_group_membership	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_thing_principal_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_thing_type	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_topic_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_iot_topic_rule_destination	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ivs_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ivs_playback_key_pair	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ivs_recording_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ivschat_logging_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ivschat_room	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kendra_data_source	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kendra_experience	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kendra_faq	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kendra_index	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kendra_query_suggestions_block_list	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kendra_thesaurus	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_key_pair	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_keyspaces_keyspace	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_keyspaces_table	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kinesis_analytics_application	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kinesis_firehose_delivery_stream	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kinesis_resource_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kinesis_stream	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kinesis_stream_consumer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kinesis_video_stream	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kinesisanalyticsv2_application	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kinesisanalyticsv2_application_snapshot	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kms_alias	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kms_ciphertext	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kms_custom_key_store	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kms_external_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kms_grant	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kms_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kms_key_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kms_replica_external_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_kms_replica_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lakeformation_data_cells_filter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lakeformation_data_lake_settings	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lakeformation_lf_tag	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lakeformation_permissions	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lakeformation_resource	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lakeformation_resource_lf_tag	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lakeformation_resource_lf_tags	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lambda_alias	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lambda_code_signing_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lambda_event_source_mapping	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lambda_function	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lambda_function_event_invoke_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lambda_function_recursion_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lambda_function_url	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lambda_invocation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lambda_layer_version	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lambda_layer_version_permission	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lambda_permission	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lambda_provisioned_concurrency_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lambda_runtime_management_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_launch_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_launch_template	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lb	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lb_cookie_stickiness_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lb_listener	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lb_listener_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lb_listener_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lb_ssl_negotiation_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lb_target_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lb_target_group_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lb_trust_store	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lb_trust_store_revocation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lex_bot	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lex_bot_alias	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lex_intent	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lex_slot_type	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lexv2models_bot	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lexv2models_bot_locale	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lexv2models_bot_version	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lexv2models_intent	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lexv2models_slot	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lexv2models_slot_type	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_licensemanager_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_licensemanager_grant	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_licensemanager_grant_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_licensemanager_license_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_bucket	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_bucket_access_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_bucket_resource_access	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_container_service	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_container_service_deployment_version	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_database	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_disk	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_disk_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_distribution	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_domain_entry	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_instance_public_ports	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_key_pair	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_lb	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_lb_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_lb_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_lb_certificate_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_lb_https_redirection_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_lb_stickiness_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_static_ip	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_lightsail_static_ip_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_load_balancer_backend_server_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_load_balancer_listener_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_load_balancer_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_location_geofence_collection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_location_map	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_location_place_index	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_location_route_calculator	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_location_tracker	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_location_tracker_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_m2_application	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_m2_deployment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_m2_environment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_macie2_account	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_macie2_classification_export_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_macie2_classification_job	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_macie2_custom_data_identifier	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_macie2_findings_filter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_macie2_invitation_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_macie2_member	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_macie2_organization_admin_account	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_macie_member_account_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_macie_s3_bucket_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_main_route_table_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_media_convert_queue	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_media_package_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_media_packagev2_channel_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_media_store_container	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_media_store_container_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_medialive_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_medialive_input	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_medialive_input_security_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_medialive_multiplex	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_medialive_multiplex_program	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_memorydb_acl	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_memorydb_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_memorydb_multi_region_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_memorydb_parameter_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_memorydb_snapshot	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_memorydb_subnet_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_memorydb_user	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_mq_broker	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_mq_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_msk_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_msk_cluster_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_msk_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_msk_replicator	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_msk_scram_secret_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_msk_serverless_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_msk_single_scram_secret_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_msk_vpc_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_mskconnect_connector	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_mskconnect_custom_plugin	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_mskconnect_worker_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_mwaa_environment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_nat_gateway	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_neptune_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_neptune_cluster_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_neptune_cluster_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_neptune_cluster_parameter_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_neptune_cluster_snapshot	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_neptune_event_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_neptune_global_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_neptune_parameter_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_neptune_subnet_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_network_acl	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_network_acl_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_network_acl_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_network_interface	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_network_interface_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_network_interface_sg_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkfirewall_firewall	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkfirewall_firewall_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkfirewall_logging_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkfirewall_resource_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkfirewall_rule_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkfirewall_tls_inspection_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_attachment_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_connect_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_connect_peer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_core_network	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_core_network_policy_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_customer_gateway_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_device	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_dx_gateway_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_global_network	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_link	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_link_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_site	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_site_to_site_vpn_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_transit_gateway_connect_peer_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_transit_gateway_peering	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_transit_gateway_registration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_transit_gateway_route_table_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmanager_vpc_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmonitor_monitor	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_networkmonitor_probe	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_oam_link	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_oam_sink	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_oam_sink_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearch_authorize_vpc_endpoint_access	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearch_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearch_domain_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearch_domain_saml_options	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearch_inbound_connection_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearch_outbound_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearch_package	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearch_package_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearch_vpc_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearchserverless_access_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearchserverless_collection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearchserverless_lifecycle_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearchserverless_security_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearchserverless_security_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opensearchserverless_vpc_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_application	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_custom_layer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_ecs_cluster_layer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_ganglia_layer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_haproxy_layer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_java_app_layer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_memcached_layer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_mysql_layer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_nodejs_app_layer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_permission	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_php_app_layer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_rails_app_layer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_rds_db_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_stack	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_static_web_layer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_opsworks_user_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_organizations_account	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_organizations_delegated_administrator	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_organizations_organization	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_organizations_organizational_unit	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_organizations_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_organizations_policy_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_organizations_resource_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_osis_pipeline	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_paymentcryptography_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_paymentcryptography_key_alias	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpoint_adm_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpoint_apns_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpoint_apns_sandbox_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpoint_apns_voip_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpoint_apns_voip_sandbox_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpoint_app	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpoint_baidu_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpoint_email_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpoint_email_template	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpoint_event_stream	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpoint_gcm_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpoint_sms_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpointsmsvoicev2_configuration_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpointsmsvoicev2_opt_out_list	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pinpointsmsvoicev2_phone_number	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_pipes_pipe	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_placement_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_prometheus_alert_manager_definition	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_prometheus_rule_group_namespace	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_prometheus_scraper	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_prometheus_workspace	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_proxy_protocol_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_qldb_ledger	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_qldb_stream	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_account_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_analysis	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_dashboard	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_data_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_data_source	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_folder	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_folder_membership	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_group_membership	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_iam_policy_assignment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_ingestion	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_namespace	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_refresh_schedule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_template	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_template_alias	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_theme	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_user	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_quicksight_vpc_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ram_principal_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ram_resource_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ram_resource_share	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ram_resource_share_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ram_sharing_with_organization	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rbin_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rds_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rds_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rds_cluster_activity_stream	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rds_cluster_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rds_cluster_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rds_cluster_parameter_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rds_cluster_role_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rds_cluster_snapshot_copy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rds_custom_db_engine_version	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rds_export_task	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rds_global_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rds_instance_state	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rds_integration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rds_reserved_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_authentication_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_cluster_iam_roles	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_cluster_snapshot	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_data_share_authorization	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_data_share_consumer_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_endpoint_access	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_endpoint_authorization	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_event_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_hsm_client_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_hsm_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_logging	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_parameter_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_partner	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_resource_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_scheduled_action	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_security_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_snapshot_copy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_snapshot_copy_grant	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_snapshot_schedule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_snapshot_schedule_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_subnet_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshift_usage_limit	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshiftdata_statement	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshiftserverless_custom_domain_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshiftserverless_endpoint_access	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshiftserverless_namespace	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshiftserverless_resource_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshiftserverless_snapshot	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshiftserverless_usage_limit	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_redshiftserverless_workgroup	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_region_info	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rekognition_collection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rekognition_project	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rekognition_stream_processor	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_resiliencehub_resiliency_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_resourceexplorer2_index	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_resourceexplorer2_view	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_resourcegroups_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_resourcegroups_resource	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rolesanywhere_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rolesanywhere_trust_anchor	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_root	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_root_access_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_cidr_collection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_cidr_location	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_delegation_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_health_check	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_hosted_zone_dnssec	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_key_signing_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_query_log	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_record	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_resolver_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_resolver_dnssec_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_resolver_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_resolver_firewall_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_resolver_firewall_domain_list	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_resolver_firewall_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_resolver_firewall_rule_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_resolver_firewall_rule_group_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_resolver_query_log_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_resolver_query_log_config_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_resolver_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_resolver_rule_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_traffic_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_traffic_policy_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_vpc_association_authorization	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_zone	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53_zone_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53domains_delegation_signer_record	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53domains_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53domains_registered_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53profiles_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53profiles_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53profiles_resource_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53recoverycontrolconfig_cluster	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53recoverycontrolconfig_control_panel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53recoverycontrolconfig_routing_control	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53recoverycontrolconfig_safety_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53recoveryreadiness_cell	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53recoveryreadiness_readiness_check	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53recoveryreadiness_recovery_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route53recoveryreadiness_resource_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route_table	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_route_table_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rum_app_monitor	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_rum_metrics_destination	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_access_point	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_account_public_access_block	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_accelerate_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_acl	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_analytics_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_cors_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_intelligent_tiering_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_inventory	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_lifecycle_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_logging	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_metric	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_notification	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_object	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_object_lock_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_ownership_controls	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_public_access_block	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_replication_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_request_payment_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_server_side_encryption_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_versioning	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_bucket_website_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_directory_bucket	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_object	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3_object_copy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3control_access_grant	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3control_access_grants_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3control_access_grants_instance_resource_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3control_access_grants_location	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3control_access_point_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3control_bucket	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3control_bucket_lifecycle_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3control_bucket_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3control_multi_region_access_point	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3control_multi_region_access_point_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3control_object_lambda_access_point	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3control_object_lambda_access_point_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3control_storage_lens_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3outposts_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3tables_namespace	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3tables_table	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3tables_table_bucket	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3tables_table_bucket_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_s3tables_table_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_app	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_app_image_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_code_repository	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_data_quality_job_definition	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_device	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_device_fleet	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_endpoint_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_feature_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_flow_definition	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_hub	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_human_task_ui	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_image	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_image_version	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_mlflow_tracking_server	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_model	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_model_package_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_model_package_group_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_monitoring_schedule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_notebook_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_notebook_instance_lifecycle_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_pipeline	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_project	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_servicecatalog_portfolio_status	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_space	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_studio_lifecycle_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_user_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_workforce	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sagemaker_workteam	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_scheduler_schedule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_scheduler_schedule_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_schemas_discoverer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_schemas_registry	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_schemas_registry_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_schemas_schema	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_secretsmanager_secret	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_secretsmanager_secret_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_secretsmanager_secret_rotation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_secretsmanager_secret_version	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_security_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_security_group_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_account	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_action_target	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_automation_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_configuration_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_configuration_policy_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_finding_aggregator	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_insight	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_invite_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_member	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_organization_admin_account	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_organization_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_product_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_standards_control	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_standards_control_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securityhub_standards_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securitylake_aws_log_source	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securitylake_custom_log_source	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securitylake_data_lake	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securitylake_subscriber	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_securitylake_subscriber_notification	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_serverlessapplicationrepository_cloudformation_stack	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_service_discovery_http_namespace	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_service_discovery_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_service_discovery_private_dns_namespace	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_service_discovery_public_dns_namespace	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_service_discovery_service	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalog_budget_resource_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalog_constraint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalog_organizations_access	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalog_portfolio	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalog_portfolio_share	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalog_principal_portfolio_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalog_product	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalog_product_portfolio_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalog_provisioned_product	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalog_provisioning_artifact	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalog_service_action	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalog_tag_option	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalog_tag_option_resource_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalogappregistry_application	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalogappregistry_attribute_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicecatalogappregistry_attribute_group_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicequotas_service_quota	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicequotas_template	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_servicequotas_template_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ses_active_receipt_rule_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ses_configuration_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ses_domain_dkim	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ses_domain_identity	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ses_domain_identity_verification	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ses_domain_mail_from	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ses_email_identity	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ses_event_destination	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ses_identity_notification_topic	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ses_identity_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ses_receipt_filter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ses_receipt_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ses_receipt_rule_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ses_template	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sesv2_account_suppression_attributes	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sesv2_account_vdm_attributes	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sesv2_configuration_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sesv2_configuration_set_event_destination	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sesv2_contact_list	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sesv2_dedicated_ip_assignment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sesv2_dedicated_ip_pool	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sesv2_email_identity	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sesv2_email_identity_feedback_attributes	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sesv2_email_identity_mail_from_attributes	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sesv2_email_identity_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sfn_activity	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sfn_alias	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sfn_state_machine	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_shield_application_layer_automatic_response	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_shield_drt_access_log_bucket_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_shield_drt_access_role_arn_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_shield_proactive_engagement	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_shield_protection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_shield_protection_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_shield_protection_health_check_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_shield_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_signer_signing_job	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_signer_signing_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_signer_signing_profile_permission	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_simpledb_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_snapshot_create_volume_permission	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sns_platform_application	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sns_sms_preferences	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sns_topic	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sns_topic_data_protection_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sns_topic_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sns_topic_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_spot_datafeed_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_spot_fleet_request	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_spot_instance_request	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sqs_queue	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sqs_queue_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sqs_queue_redrive_allow_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_sqs_queue_redrive_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssm_activation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssm_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssm_default_patch_baseline	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssm_document	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssm_maintenance_window	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssm_maintenance_window_target	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssm_maintenance_window_task	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssm_parameter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssm_patch_baseline	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssm_patch_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssm_resource_data_sync	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssm_service_setting	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssmcontacts_contact	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssmcontacts_contact_channel	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssmcontacts_plan	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssmcontacts_rotation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssmincidents_replication_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssmincidents_response_plan	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssmquicksetup_configuration_manager	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssoadmin_account_assignment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssoadmin_application	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssoadmin_application_access_scope	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssoadmin_application_assignment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssoadmin_application_assignment_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssoadmin_customer_managed_policy_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssoadmin_instance_access_control_attributes	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssoadmin_managed_policy_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssoadmin_permission_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssoadmin_permission_set_inline_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssoadmin_permissions_boundary_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_ssoadmin_trusted_token_issuer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_storagegateway_cache	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_storagegateway_cached_iscsi_volume	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_storagegateway_file_system_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_storagegateway_gateway	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_storagegateway_nfs_file_share	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_storagegateway_smb_file_share	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_storagegateway_stored_iscsi_volume	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_storagegateway_tape_pool	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_storagegateway_upload_buffer	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_storagegateway_working_storage	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_subnet	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_swf_domain	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_synthetics_canary	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_synthetics_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_synthetics_group_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_timestreaminfluxdb_db_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_timestreamquery_scheduled_query	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_timestreamwrite_database	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_timestreamwrite_table	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_transcribe_language_model	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_transcribe_medical_vocabulary	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_transcribe_vocabulary	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_transcribe_vocabulary_filter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_transfer_access	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_transfer_agreement	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_transfer_certificate	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_transfer_connector	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_transfer_profile	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_transfer_server	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_transfer_ssh_key	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_transfer_tag	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_transfer_user	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_transfer_workflow	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_verifiedaccess_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_verifiedaccess_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_verifiedaccess_instance	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_verifiedaccess_instance_logging_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_verifiedaccess_instance_trust_provider_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_verifiedaccess_trust_provider	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_verifiedpermissions_identity_source	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_verifiedpermissions_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_verifiedpermissions_policy_store	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_verifiedpermissions_policy_template	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_verifiedpermissions_schema	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_volume_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_block_public_access_exclusion	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_block_public_access_options	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_dhcp_options	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_dhcp_options_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_endpoint	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_endpoint_connection_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_endpoint_connection_notification	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_endpoint_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_endpoint_private_dns	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_endpoint_route_table_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_endpoint_security_group_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_endpoint_service	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_endpoint_service_allowed_principal	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_endpoint_service_private_dns_verification	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_endpoint_subnet_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_ipam	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_ipam_organization_admin_account	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_ipam_pool	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_ipam_pool_cidr	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_ipam_pool_cidr_allocation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_ipam_preview_next_cidr	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_ipam_resource_discovery	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_ipam_resource_discovery_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_ipam_scope	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_ipv4_cidr_block_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_ipv6_cidr_block_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_network_performance_metric_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_peering_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_peering_connection_accepter	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_peering_connection_options	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_security_group_egress_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_security_group_ingress_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpc_security_group_vpc_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpclattice_access_log_subscription	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpclattice_auth_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpclattice_listener	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpclattice_listener_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpclattice_resource_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpclattice_resource_gateway	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpclattice_resource_policy	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpclattice_service	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpclattice_service_network	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpclattice_service_network_resource_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpclattice_service_network_service_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpclattice_service_network_vpc_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpclattice_target_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpclattice_target_group_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpn_connection	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpn_connection_route	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpn_gateway	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpn_gateway_attachment	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_vpn_gateway_route_propagation	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_waf_byte_match_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_waf_geo_match_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_waf_ipset	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_waf_rate_based_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_waf_regex_match_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_waf_regex_pattern_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_waf_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_waf_rule_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_waf_size_constraint_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_waf_sql_injection_match_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_waf_web_acl	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_waf_xss_match_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafregional_byte_match_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafregional_geo_match_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafregional_ipset	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafregional_rate_based_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafregional_regex_match_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafregional_regex_pattern_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafregional_rule	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafregional_rule_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafregional_size_constraint_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafregional_sql_injection_match_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafregional_web_acl	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafregional_web_acl_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafregional_xss_match_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafv2_ip_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafv2_regex_pattern_set	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafv2_rule_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafv2_web_acl	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafv2_web_acl_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_wafv2_web_acl_logging_configuration	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_worklink_fleet	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_worklink_website_certificate_authority_association	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_workspaces_connection_alias	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_workspaces_directory	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_workspaces_ip_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_workspaces_workspace	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_xray_encryption_config	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_xray_group	Ensure no open CORS policy
CKV2_AWS_75	resource	aws_xray_sampling_rule	Ensure no open CORS policy
CKV2_AWS_76	resource	aws_alb	Ensure AWS ALB attached WAFv2 WebACL is configured with AMR for Log4j Vulnerability
CKV2_AWS_76	resource	aws_lb	Ensure AWS ALB attached WAFv2 WebACL is configured with AMR for Log4j Vulnerability
CKV2_AWS_76	resource	aws_wafv2_web_acl	Ensure AWS ALB attached WAFv2 WebACL is configured with AMR for Log4j Vulnerability
CKV2_AWS_77	resource	aws_api_gateway_stage	Ensure AWS API Gateway Rest API attached WAFv2 WebACL is configured with AMR for Log4j Vulnerability
CKV2_AWS_77	resource	aws_apigatewayv2_api	Ensure AWS API Gateway Rest API attached WAFv2 WebACL is configured with AMR for Log4j Vulnerability
CKV2_AWS_77	resource	aws_wafv2_web_acl	Ensure AWS API Gateway Rest API attached WAFv2 WebACL is configured with AMR for Log4j Vulnerability
CKV2_AWS_78	resource	aws_appsync_graphql_api	Ensure AWS AppSync attached WAFv2 WebACL is configured with AMR for Log4j Vulnerability
CKV2_AWS_78	resource	aws_wafv2_web_acl	Ensure AWS AppSync attached WAFv2 WebACL is configured with AMR for Log4j Vulnerability
CKV_TF_1	module	module	Ensure Terraform module sources use a commit hash
CKV_TF_2	module	module	Ensure Terraform module sources use a tag with a version number
"""#
}
