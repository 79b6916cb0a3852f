// String trait values with a format of their own: `@mediaType` is a media type (`type/subtype`, then `; name=value`
// parameters) ("MediaType"), the `uri` of `@xmlNamespace` is a URI ("XmlNamespaceTrait"), and each value of
// `@externalDocumentation` is a URL (a "Model" error: Smithy cannot build the trait otherwise).
import { isNodeObject } from "../../node-values.js";
import type { Check } from "../context.js";

const MEDIA_TYPE = "smithy.api#mediaType";
const XML_NAMESPACE = "smithy.api#xmlNamespace";
const EXTERNAL_DOCUMENTATION = "smithy.api#externalDocumentation";
const TOKEN = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
const MEDIA_TYPE_FORMAT = new RegExp(`^${TOKEN}/${TOKEN}(\\s*;\\s*${TOKEN}=(?:${TOKEN}|${QUOTED}))*$`);
/** A URI: an optional scheme (a letter, then letters, digits, `+`, `-` or `.`) and no spaces or controls. */
const URI = /^(?:[A-Za-z][A-Za-z0-9+.-]*:|[^:/?#]*(?:[/?#]|$))[^\s\u0000-\u001f]*$/;

export const checkValueFormats: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    const mediaType = view.traits[MEDIA_TYPE];
    if (typeof mediaType === "string" && !MEDIA_TYPE_FORMAT.test(mediaType)) {
      ctx.error(
        "MediaType",
        view.id,
        `@mediaType "${mediaType}" of \`${view.id}\` is not a media type (type/subtype; name=value)`,
      );
    }
    const docs = view.traits[EXTERNAL_DOCUMENTATION];
    for (const [name, url] of Object.entries(isNodeObject(docs) ? docs : {})) {
      if (typeof url === "string" && !isUrl(url)) {
        ctx.error(
          "Model",
          view.id,
          `@externalDocumentation "${name}" of \`${view.id}\` is not a URL: ${JSON.stringify(url)}`,
        );
      }
    }
    const xmlNamespace = view.traits[XML_NAMESPACE];
    if (isNodeObject(xmlNamespace) && typeof xmlNamespace.uri === "string" && !URI.test(xmlNamespace.uri)) {
      ctx.error(
        "XmlNamespaceTrait",
        view.id,
        `the @xmlNamespace uri "${xmlNamespace.uri}" of \`${view.id}\` is not a URI`,
      );
    }
  }
};

function isUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
