$version: "2.0"

// Definitions of the `aws.cloudformation` traits (Smithy shape ids, selectors and shapes), bundled with @rtca/smithy and
// available to every model it loads.

namespace aws.cloudformation

@private
list StructureIdList {
    @idRef(
        failWhenMissing: true
        selector: "structure"
    )
    member: String
}

/// A member that identifies a CloudFormation resource besides its primary identifier.
@trait(
    selector: "structure > :test(member > string)"
    conflicts: ["aws.cloudformation#cfnExcludeProperty"]
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
@unstable
structure cfnAdditionalIdentifier {}

/// A member whose value has a default in the CloudFormation resource.
@trait(
    selector: "resource > operation -[input, output]-> structure > member"
    conflicts: ["aws.cloudformation#cfnExcludeProperty"]
)
@unstable
structure cfnDefaultValue {}

/// A member left out of the CloudFormation resource's properties.
@trait(
    selector: "structure > member"
    conflicts: ["aws.cloudformation#cfnAdditionalIdentifier", "aws.cloudformation#cfnMutability", "aws.cloudformation#cfnDefaultValue"]
    breakingChanges: [
        {
            change: "add"
        }
    ]
)
@unstable
structure cfnExcludeProperty {}

/// When a CloudFormation property may be set and changed.
@trait(
    selector: "structure > member"
    conflicts: ["aws.cloudformation#cfnExcludeProperty"]
)
@unstable
enum cfnMutability {
    FULL = "full"

    CREATE_AND_READ = "create-and-read"

    CREATE = "create"

    READ = "read"

    WRITE = "write"
}

/// The name of a property in the CloudFormation resource.
@trait(
    selector: "structure > member"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
@unstable
string cfnName

/// A resource that has a CloudFormation resource schema.
@trait(
    selector: "resource"
    breakingChanges: [
        {
            change: "presence"
        }
    ]
)
@unstable
structure cfnResource {
    name: String

    additionalSchemas: StructureIdList

    @deprecated(message: "Resource schemas take their identifiers from the resource.")
    primaryIdentifier: String
}
