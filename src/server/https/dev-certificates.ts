// Development HTTPS for Outlook and Teams sideloading: the certificate office-addin-dev-certs makes for
// localhost (the same one the Office add-in templates use). Installing its CA needs admin rights; when
// that fails the certificate still works, but the browser and Office will not trust it until the CA
// (~/.office-addin-dev-certs/ca.crt) is trusted by hand.
import { existsSync, readFileSync } from "node:fs";
import { generateCertificates, getHttpsServerOptions } from "office-addin-dev-certs";
import { caCertificatePath, localhostCertificatePath, localhostKeyPath } from "office-addin-dev-certs/lib/defaults";

export interface DevCertificates {
  https: { key: Buffer; cert: Buffer; ca: Buffer };
  /** Null when the CA is installed and trusted; else why not, for the startup message. */
  warning: string | null;
}

export async function loadDevCertificates(): Promise<DevCertificates> {
  try {
    return { https: await getHttpsServerOptions(), warning: null };
  } catch (error) {
    if (!existsSync(localhostCertificatePath) || !existsSync(localhostKeyPath) || !existsSync(caCertificatePath)) {
      await generateCertificates(caCertificatePath, localhostCertificatePath, localhostKeyPath);
    }
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      https: { key: readFileSync(localhostKeyPath), cert: readFileSync(localhostCertificatePath), ca: readFileSync(caCertificatePath) },
      warning: `The development CA could not be installed (${reason}). Trust ${caCertificatePath} yourself (e.g. sudo cp it to /usr/local/share/ca-certificates/ and run sudo update-ca-certificates, or run npx office-addin-dev-certs install as an administrator), or Outlook and Teams will refuse https://localhost.`,
    };
  }
}
