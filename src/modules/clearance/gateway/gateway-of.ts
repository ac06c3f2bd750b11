import type { AppConfig } from '../../../config/config.js';
import type { CustomsGateway } from './customs-gateway.js';
import { fileExchangeGateway } from './file-exchange-gateway.js';
import { sandboxGateway } from './sandbox-gateway.js';

/** The gateway the configuration names (CBEC_CUSTOMS_GATEWAY). */
export function gatewayOf(config: AppConfig): CustomsGateway {
  const c = config.clearance;
  if (c.gateway === 'file') return fileExchangeGateway(c.exchangeDir);
  // Later: the inspection rate follows the enterprise's credit grade.
  const rates = { rejection: c.sandbox.rejection, inspection: c.sandbox.inspection };
  return sandboxGateway({ seed: c.sandbox.seed, rates: () => rates });
}
