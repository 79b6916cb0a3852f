$version: "2.0"

// Definitions of the `aws.api` traits (Smithy shape ids, selectors and shapes), bundled with @rtca/smithy and
// available to every model it loads.

namespace aws.api

@pattern("^[a-z0-9.\\-]{1,63}$")
@private
string ArnNamespace

@pattern("^[A-Z][A-Za-z0-9]+$")
@private
string CloudFormationName

@length(
    min: 1
    max: 255
)
@pattern("^[^:].*$")
@private
string CloudWatchMetricNamespace

@private
enum ResourceDelimiter {
    FORWARD_SLASH = "/"

    COLON = ":"
}

/// An operation of the service that tags or lists the tags of its resources.
@idRef(
    failWhenMissing: true
    selector: "service > operation"
)
string ServiceTagOperationReference

/// An operation that tags, untags or lists the tags of a resource.
@idRef(
    failWhenMissing: true
    selector: "resource > operation"
)
string TagOperationReference

/// The operations that manage a resource's tags.
structure TaggableApiConfig {
    @required
    tagApi: TagOperationReference

    @required
    untagApi: TagOperationReference

    @required
    listTagsApi: TagOperationReference
}

/// The service-wide operations that manage the tags of any of its resources.
structure TaggableServiceApiConfig {
    tagApi: ServiceTagOperationReference

    untagApi: ServiceTagOperationReference

    listTagsApi: ServiceTagOperationReference
}

/// The ARN template of a resource, relative to the service's ARN namespace.
@externalDocumentation(Reference: "https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html")
@trait(selector: "resource")
structure arn {
    @required
    template: String

    absolute: Boolean

    noRegion: Boolean

    noAccount: Boolean

    resourceDelimiter: ResourceDelimiter

    reusable: Boolean
}

/// Marks a string as holding the ARN of a resource, of the given type or service.
@trait(selector: "string")
structure arnReference {
    type: String

    resource: String

    service: String
}

/// The streaming payload of an operation may be sent with aws-chunked content encoding.
@trait(
    selector: "blob[trait|streaming]"
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
structure awsChunked {}

/// An operation whose endpoint a client finds through the service's endpoint discovery operation.
@trait(selector: "operation")
structure clientDiscoveredEndpoint {
    @required
    required: Boolean
}

/// The operation a client calls to discover endpoints, and the error telling it an endpoint is stale.
@trait(selector: "service")
structure clientEndpointDiscovery {
    @idRef(
        failWhenMissing: true
        selector: "operation"
    )
    @required
    operation: String

    @idRef(
        failWhenMissing: true
        selector: "structure[trait|error]"
    )
    @recommended
    error: String
}

/// An input member that identifies the caller to the endpoint discovery operation.
@trait(selector: "operation[trait|aws.api#clientDiscoveredEndpoint] -[input]->\nstructure > :test(member[trait|required] > string)")
structure clientEndpointDiscoveryId {}

/// An operation or resource that configures the service rather than using it.
@trait(
    selector: ":test(service, resource, operation)"
    conflicts: ["aws.api#dataPlane"]
)
structure controlPlane {}

/// The kind of customer data a shape holds.
@trait(selector: ":test(simpleType, list, structure, union, member)")
enum data {
    CUSTOMER_CONTENT = "content"

    CUSTOMER_ACCOUNT_INFORMATION = "account"

    SERVICE_ATTRIBUTES = "usage"

    TAG_DATA = "tagging"

    PERMISSIONS_DATA = "permissions"
}

/// An operation or resource that uses the service rather than configuring it.
@trait(
    selector: ":test(service, resource, operation)"
    conflicts: ["aws.api#controlPlane"]
)
structure dataPlane {}

/// How AWS's SDKs and other tools name a service and reach it.
@trait(selector: "service")
structure service {
    @required
    sdkId: String

    arnNamespace: ArnNamespace

    cloudFormationName: CloudFormationName

    cloudTrailEventSource: String

    docId: String

    endpointPrefix: String

    cloudWatchNamespace: CloudWatchMetricNamespace
}

/// A service whose resources can carry tags.
@trait(selector: "service")
@unstable
structure tagEnabled {
    disableDefaultOperations: Boolean

    apiConfig: TaggableServiceApiConfig
}

/// A resource that can carry tags, and the operations that manage them.
@trait(selector: "resource")
@unstable
structure taggable {
    property: String

    apiConfig: TaggableApiConfig

    disableSystemTags: Boolean
}
