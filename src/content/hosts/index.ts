import { gmail } from './gmail';
import type { HostAdapter } from './host-adapter';
import { familyOf, type MailFamily } from './mail-hosts';
import { outlook } from './outlook';

/** One adapter per family; a family added to `MailFamily` fails to compile until it has one. */
const ADAPTERS: Record<MailFamily, HostAdapter> = { gmail, outlook };

/**
 * The adapter for a mail host (by its family in `MAIL_HOSTS`); null when unsupported. The
 * content scripts don't call it: each family has its own entry (`../entry-gmail.ts`,
 * `../entry-outlook.ts`) that imports only its adapter, and the build maps the table's hosts to
 * them. Tools and tests use it.
 */
export function adapterFor(hostname: string): HostAdapter | null {
  const family = familyOf(hostname);
  return family ? ADAPTERS[family] : null;
}
