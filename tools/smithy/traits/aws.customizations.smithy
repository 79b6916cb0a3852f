$version: "2.0"

// Definitions of the `aws.customizations` traits (Smithy shape ids, selectors and shapes), bundled with @rtca/smithy and
// available to every model it loads.

namespace aws.customizations

/// The XML output of the operation is not wrapped in an element of its own.
@trait(selector: "operation")
structure s3UnwrappedXmlOutput {}
