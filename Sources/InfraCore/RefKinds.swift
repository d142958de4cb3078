/// The kinds of value a `Ref` can point at, each tagged with the AWS resource it belongs to, so that
/// `Ref<ARN<ECS.Cluster>>` and `Ref<ARN<ECS.TaskDefinition>>` are different types and swapping them does not compile.
///
/// They have no cases: they only exist as type parameters. `Of` is a construct type or a marker type for a resource a
/// construct makes (`EC2.Subnet`) or one that exists outside the stack (`ACM.Certificate`).

/// An Amazon Resource Name of an `Of`.
public enum ARN<Of> {}
/// An identifier AWS returns for an `Of` (`vpc-…`, `subnet-…`, `sg-…`).
public enum ID<Of> {}
/// The physical name of an `Of` (a bucket, a queue, a cluster name).
public enum Name<Of> {}
/// The `arn_suffix` of a load balancer or target group, as CloudWatch dimensions want it.
public enum ARNSuffix<Of> {}
/// A DNS host name.
public enum Hostname {}
/// A Route 53 hosted-zone id.
public enum HostedZoneID {}
/// A URL (a queue URL, an API endpoint).
public enum URLString {}
/// Any other attribute whose kind matters to nobody but the construct reading it.
public enum Opaque {}
