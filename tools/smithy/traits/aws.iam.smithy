$version: "2.0"

// Definitions of the `aws.iam` traits (Smithy shape ids, selectors and shapes), bundled with @rtca/smithy and
// available to every model it loads.

namespace aws.iam

@private
structure ActionResource {
    conditionKeys: ConditionKeysList
}

@private
map ActionResourceMap {
    key: ResourceName

    value: ActionResource
}

@private
structure ActionResources {
    required: ActionResourceMap

    optional: ActionResourceMap
}

@private
structure ConditionKeyDefinition {
    @required
    type: ConditionKeyType

    documentation: String

    externalDocumentation: String

    relativeDocumentation: String

    required: Boolean
}

@pattern("^(([A-Za-z0-9][A-Za-z0-9-\\.]{0,62}:)?[^:\\s]+)$")
@private
string ConditionKeyName

@private
enum ConditionKeyType {
    ARN

    ARRAY_OF_ARN = "ArrayOfARN"

    BINARY = "Binary"

    ARRAY_OF_BINARY = "ArrayOfBinary"

    STRING = "String"

    ARRAY_OF_STRING = "ArrayOfString"

    NUMERIC = "Numeric"

    ARRAY_OF_NUMERIC = "ArrayOfNumeric"

    DATE = "Date"

    ARRAY_OF_DATE = "ArrayOfDate"

    BOOL = "Bool"

    ARRAY_OF_BOOL = "ArrayOfBool"

    IP_ADDRESS = "IPAddress"

    ARRAY_OF_IP_ADDRESS = "ArrayOfIPAddress"
}

@private
@uniqueItems
list ConditionKeysList {
    member: String
}

@pattern("^([A-Za-z0-9][A-Za-z0-9-\\.]{0,62}:[^:]+)$")
@private
string IamIdentifier

@private
enum PrincipalType {
    ROOT = "Root"

    IAM_USER = "IAMUser"

    IAM_ROLE = "IAMRole"

    FEDERATED_USER = "FederatedUser"
}

@private
@uniqueItems
list RequiredActionsList {
    member: IamIdentifier
}

@private
string ResourceName

@private
@uniqueItems
list ResourceNameList {
    member: ResourceName
}

/// The IAM action of an operation, when it differs from the operation's name.
@deprecated(
    since: "2023-11-10"
    message: "Superseded by `name` in `aws.iam#iamAction`."
)
@trait(selector: "operation")
string actionName

/// What the IAM action of an operation allows.
@deprecated(
    since: "2023-11-10"
    message: "Superseded by `documentation` in `aws.iam#iamAction`."
)
@trait(selector: "operation")
string actionPermissionDescription

/// The IAM condition key a member's value is used for.
@pattern("^(([A-Za-z0-9][A-Za-z0-9-\\.]{0,62}:)?[^:\\s]+)$")
@trait(selector: "member")
string conditionKeyValue

/// The IAM condition keys that apply to an operation or resource.
@trait(selector: ":test(resource, operation)")
list conditionKeys {
    member: ConditionKeyName
}

/// The IAM condition keys a service defines, by name.
@trait(selector: "service")
map defineConditionKeys {
    key: ConditionKeyName

    value: ConditionKeyDefinition
}

/// Condition keys are not inferred from a resource's identifiers.
@trait(selector: ":test(service, resource)")
structure disableConditionKeyInference {}

/// The IAM action of an operation.
@trait(selector: "operation")
structure iamAction {
    name: String

    documentation: String

    relativeDocumentation: String

    requiredActions: RequiredActionsList

    resources: ActionResources

    createsResources: ResourceNameList
}

/// The IAM resource type of a resource.
@trait(selector: "resource")
structure iamResource {
    name: String

    relativeDocumentation: String

    disableConditionKeyInheritance: Boolean
}

/// Other IAM actions the caller also needs to call the operation.
@deprecated(
    since: "2023-11-10"
    message: "Superseded by `requiredActions` in `aws.iam#iamAction`."
)
@trait(selector: "operation")
list requiredActions {
    member: IamIdentifier
}

/// Condition keys whose values the service finds itself.
@trait(selector: "service")
list serviceResolvedConditionKeys {
    member: ConditionKeyName
}

/// The kinds of IAM principal that may call the service or operation.
@trait(selector: ":test(service, operation)")
list supportedPrincipalTypes {
    member: PrincipalType
}
