/// Types that stand for AWS resources a construct makes as part of something larger (a subnet of a network, a
/// listener of a load balancer) or that exist outside the stack (a certificate). They have no values: they only tag
/// references, so that `Ref<ID<EC2.Subnet>>` cannot be passed where `Ref<ID<EC2.SecurityGroup>>` is expected.
extension EC2 {
    /// A VPC, made by `EC2.Network`.
    public enum VPC {}
    /// A subnet, made by `EC2.Network`.
    public enum Subnet {}
    /// A managed prefix list (e.g. AWS's list for a service), given by id.
    public enum PrefixList {}
}

extension ELB {
    /// A listener, made by `ELB.ApplicationLoadBalancer`.
    public enum Listener {}
}

extension ACM {
    /// An ACM certificate; issued outside the stack and named by ARN in the environment settings.
    public enum Certificate {}
}

extension Route53 {
    /// A hosted zone; it exists outside the stack and is named by id in the environment settings.
    public enum HostedZone {}
}

extension IAM {
    /// An AWS-managed IAM policy, named by ARN.
    public enum ManagedPolicy {}
}
