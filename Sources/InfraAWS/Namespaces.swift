/// One namespace per AWS service, so that a stack reads `RDS.Instance`, `ECS.Service`, `ELB.TargetGroup`.
public enum CloudWatch {}
public enum EC2 {}
public enum ECS {}
public enum ELB {}
public enum Events {}
public enum IAM {}
public enum KMS {}
public enum Lambda {}
public enum Logs {}
public enum RDS {}
public enum Route53 {}
public enum S3 {}
public enum SecretsManager {}
public enum SNS {}
public enum SSM {}
