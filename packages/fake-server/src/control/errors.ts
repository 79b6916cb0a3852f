// The control plane's modelled errors.
import { ServiceError } from "../runtime/index.js";

export const controlErrors = {
  invalid: (message: string) => new ServiceError("ControlValidationException", { Message: message }),
  notFound: (message: string) => new ServiceError("ControlNotFoundException", { Message: message }),
  conflict: (message: string) => new ServiceError("ControlConflictException", { Message: message }),
};
