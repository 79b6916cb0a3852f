$version: "2.0"

// The aws.api trait the Connect model uses (see aws-traits.smithy).

namespace aws.api

/// Facts that AWS's SDKs need to name and reach a service.
@trait(selector: "service")
structure service {
    /// The stable name SDKs derive client names from.
    @required
    sdkId: String

    /// The namespace that appears in the service's ARNs.
    arnNamespace: String

    /// The name CloudFormation uses for the service's resources.
    cloudFormationName: String

    /// The event source CloudTrail records for the service.
    cloudTrailEventSource: String

    /// The identifier of the service in AWS's documentation.
    docId: String

    /// The prefix of the service's default endpoint host name.
    endpointPrefix: String
}
