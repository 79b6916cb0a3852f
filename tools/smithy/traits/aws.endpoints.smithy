$version: "2.0"

// Definitions of the `aws.endpoints` traits (Smithy shape ids, selectors and shapes), bundled with @rtca/smithy and
// available to every model it loads.

namespace aws.endpoints

@private
enum PartitionEndpointPattern {
    @deprecated(
        since: "2025-04-01"
        message: "Superseded by AWS_RECOMMENDED."
    )
    SERVICE_DNSSUFFIX = "service_dnsSuffix"

    @deprecated(
        since: "2025-04-01"
        message: "Superseded by AWS_RECOMMENDED."
    )
    SERVICE_REGION_DNSSUFFIX = "service_region_dnsSuffix"

    AWS_RECOMMENDED = "aws_recommended"
}

@private
structure PartitionEndpointSpecialCase {
    endpoint: String

    region: String

    dualStack: Boolean

    fips: Boolean
}

@private
list PartitionEndpointSpecialCaseList {
    member: PartitionEndpointSpecialCase
}

@private
map PartitionEndpointSpecialCaseMap {
    key: String

    value: PartitionEndpointSpecialCaseList
}

@private
structure PartitionSpecialCase {
    @required
    endpoint: String

    dualStack: Boolean

    fips: Boolean
}

@private
list PartitionSpecialCaseList {
    member: PartitionSpecialCase
}

@private
map PartitionSpecialCaseMap {
    key: String

    value: PartitionSpecialCaseList
}

@private
structure RegionSpecialCase {
    @required
    endpoint: String

    dualStack: Boolean

    fips: Boolean

    signingRegion: String
}

@private
list RegionSpecialCaseList {
    member: RegionSpecialCase
}

@private
map RegionSpecialCaseMap {
    key: String

    value: RegionSpecialCaseList
}

/// Every endpoint of the service accepts both IPv4 and IPv6.
@endpointsModifier
@trait(
    selector: "service"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
structure dualStackOnlyEndpoints {}

/// Marks a trait as one that changes how a service's endpoints are resolved.
@trait(
    selector: "structure[trait|trait]"
    breakingChanges: [
        {
            change: "presence"
        }
    ]
)
structure endpointsModifier {}

/// The service resolves its endpoints with endpoint rules only.
@endpointsModifier
@trait(
    selector: "service"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
@unstable
structure rulesBasedEndpoints {}

/// One endpoint per partition, whatever the region.
@endpointsModifier
@trait(
    selector: "service"
    conflicts: ["aws.endpoints#standardRegionalEndpoints"]
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
structure standardPartitionalEndpoints {
    @required
    endpointPatternType: PartitionEndpointPattern

    partitionEndpointSpecialCases: PartitionEndpointSpecialCaseMap
}

/// One endpoint per region, following AWS's standard pattern.
@endpointsModifier
@trait(
    selector: "service"
    conflicts: ["aws.endpoints#standardPartitionalEndpoints"]
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
structure standardRegionalEndpoints {
    partitionSpecialCases: PartitionSpecialCaseMap

    regionSpecialCases: RegionSpecialCaseMap
}
