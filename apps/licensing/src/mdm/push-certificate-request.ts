import { sign } from 'node:crypto';
import type { MdmConfig } from './mdm.config.js';

/** What Apple's push certificates portal takes: a base64-encoded XML property list. */
export interface PushCertificateRequest {
  /** The XML plist. */
  plist: string;
  /** base64 of the plist: the file the customer uploads to Apple. */
  encoded: string;
  /** base64 of the vendor signature over the CSR's DER. */
  signature: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlEscape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string);
}

/** An XML plist of one dictionary of strings, keys in the given order. */
export function plistOfStrings(entries: Array<[string, string]>): string {
  const body = entries.map(([k, v]) => `\t<key>${xmlEscape(k)}</key>\n\t<string>${xmlEscape(v)}</string>\n`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n' +
    '<plist version="1.0">\n<dict>\n' +
    body +
    '</dict>\n</plist>\n'
  );
}

/**
 * Signs the CSR's DER with the vendor key (RSA PKCS#1 v1.5) and packs it with the vendor chain,
 * as Apple documents for MDM vendors: PushCertRequestCSR, PushCertCertificateChain, PushCertSignature.
 */
export function buildPushCertificateRequest(csrDer: Buffer, config: Pick<MdmConfig, 'vendorKey' | 'chainPem' | 'digest'>): PushCertificateRequest {
  const signature = sign(config.digest, csrDer, config.vendorKey).toString('base64');
  const plist = plistOfStrings([
    ['PushCertRequestCSR', csrDer.toString('base64')],
    ['PushCertCertificateChain', config.chainPem],
    ['PushCertSignature', signature],
  ]);
  return { plist, encoded: Buffer.from(plist, 'utf8').toString('base64'), signature };
}
