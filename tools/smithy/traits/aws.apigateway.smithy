$version: "2.0"

// Definitions of the `aws.apigateway` traits (Smithy shape ids, selectors and shapes), bundled with @rtca/smithy and
// available to every model it loads.

namespace aws.apigateway

@aws.api#arnReference
@private
string Arn

@private
structure AuthorizerDefinition {
    @idRef(
        selector: "[trait|authDefinition]"
        failWhenMissing: true
        errorMessage: "an authorizer's scheme must name an auth trait"
    )
    @required
    scheme: String

    type: String

    customAuthType: String

    uri: String

    credentials: String

    identitySource: String

    identityValidationExpression: String

    resultTtlInSeconds: Integer

    authorizerPayloadFormatVersion: PayloadFormatVersion

    enableSimpleResponses: Boolean
}

@private
enum ConnectionType {
    INTERNET

    VPC_LINK
}

@private
enum ContentHandling {
    CONVERT_TO_TEXT

    CONVERT_TO_BINARY
}

@private
enum EndpointAccessMode {
    BASIC

    STRICT
}

@private
enum EndpointType {
    EDGE

    REGIONAL

    PRIVATE
}

@private
list EndpointTypes {
    member: EndpointType
}

@private
structure GatewayResponse {
    statusCode: String

    responseParameters: GatewayResponseParameterMap

    responseTemplates: GatewayResponseTemplateMap
}

@private
map GatewayResponseParameterMap {
    key: String

    value: String
}

@private
map GatewayResponseTemplateMap {
    key: String

    value: String
}

@aws.api#arnReference(type: "AWS::IAM::Role")
@private
string IamRoleArn

@private
structure IntegrationResponse {
    statusCode: String

    contentHandling: ContentHandling

    responseTemplates: Templates

    responseParameters: ResponseParameters
}

@private
map IntegrationResponses {
    key: String

    value: IntegrationResponse
}

@private
enum IntegrationType {
    AWS = "aws"

    AWS_PROXY = "aws_proxy"

    HTTP = "http"

    HTTP_PROXY = "http_proxy"
}

@private
enum IpAddressType {
    IPV4 = "ipv4"

    DUAL_STACK = "dualstack"
}

@private
enum PassThroughBehavior {
    WHEN_NO_TEMPLATES = "when_no_templates"

    WHEN_NO_MATCH = "when_no_match"

    NEVER = "never"
}

@private
enum PayloadFormatVersion {
    V1_0 = "1.0"

    V2_0 = "2.0"
}

@private
map RequestParameters {
    key: String

    value: String
}

@private
map ResponseParameters {
    key: String

    value: String
}

@private
list StringList {
    member: String
}

@private
map Templates {
    key: String

    value: String
}

@private
structure TlsConfig {
    insecureSkipVerification: Boolean
}

@private
list VpcEndpointIds {
    member: String
}

/// Calls to the operation need an API Gateway API key.
@internal
@tags(["internal"])
@trait(selector: "operation")
structure apiKeyRequired {}

/// Where API Gateway reads the API key of a request from.
@externalDocumentation("Developer Guide": "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-api-key-source.html")
@internal
@tags(["internal"])
@trait(selector: "service")
string apiKeySource

/// The TLS security policy of the API's endpoint.
@internal
@tags(["internal"])
@trait(selector: "service")
structure apiTlsPolicy {
    @required
    securityPolicy: String

    endpointAccessMode: EndpointAccessMode
}

/// The name of the authorizer, among those of `authorizers`, that guards the shape.
@internal
@tags(["internal"])
@trait(selector: ":test(service, resource, operation)")
string authorizer

/// The API Gateway authorizers of a service, by name.
@internal
@tags(["internal"])
@trait(selector: "service")
map authorizers {
    key: String

    value: AuthorizerDefinition
}

/// The kind of endpoint API Gateway gives the API.
@internal
@tags(["internal"])
@trait(selector: "service")
structure endpointConfiguration {
    @required
    types: EndpointTypes

    vpcEndpointIds: VpcEndpointIds

    disableExecuteApiEndpoint: Boolean

    ipAddressType: IpAddressType
}

/// Responses API Gateway sends itself, by response type.
@internal
@tags(["internal"])
@trait(selector: "service")
map gatewayResponses {
    key: String

    value: GatewayResponse
}

/// The backend API Gateway sends a request to.
@internal
@tags(["internal"])
@trait(
    selector: ":test(service, resource, operation)"
    conflicts: ["aws.apigateway#mockIntegration"]
)
structure integration {
    @required
    type: IntegrationType

    @required
    uri: Arn

    credentials: IamRoleArn

    @required
    httpMethod: String

    passThroughBehavior: PassThroughBehavior

    contentHandling: ContentHandling

    timeoutInMillis: Integer

    connectionId: String

    connectionType: ConnectionType = "INTERNET"

    cacheNamespace: String

    payloadFormatVersion: String

    cacheKeyParameters: StringList

    requestParameters: RequestParameters

    requestTemplates: Templates

    responses: IntegrationResponses

    tlsConfig: TlsConfig

    responseTransferMode: String

    @suppress(["RepeatedShapeName"])
    integrationTarget: String
}

/// The smallest payload, in bytes, that API Gateway compresses.
@internal
@range(
    min: 0
    max: 10485760
)
@tags(["internal"])
@trait(selector: "service")
integer minimumCompressionSize

/// API Gateway answers the request itself, without a backend.
@internal
@tags(["internal"])
@trait(
    selector: ":test(service, resource, operation)"
    conflicts: ["aws.apigateway#integration"]
)
structure mockIntegration {
    passThroughBehavior: PassThroughBehavior

    requestParameters: RequestParameters

    requestTemplates: Templates

    responses: IntegrationResponses
}

/// Which parts of a request API Gateway validates.
@internal
@tags(["internal"])
@trait(selector: ":test(service, operation)")
string requestValidator

/// The resource policy of the API.
@internal
@tags(["internal"])
@trait(selector: "service")
document resourcePolicy
