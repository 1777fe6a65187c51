/** The JSON body for a CSR file: PEM text as it is, DER bytes in base64 (both accepted by licensing). */
export async function csrBody(file: File): Promise<{ csr: string } | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) return null;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('-----BEGIN')) return { csr: text };
  // DER starts with a SEQUENCE tag; anything else is not a CSR.
  if (bytes[0] !== 0x30) return null;
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return { csr: btoa(binary) };
}

export const MDM_REFUSALS: Record<string, { title: string; message: string }> = {
  CSR_INVALID: { title: 'Not a certificate signing request', message: 'The file is not a PKCS#10 certificate signing request (PEM or DER). Choose the CSR file made for the MDM push certificate.' },
  CSR_TOO_LARGE: { title: 'File too large', message: 'A CSR is at most 16 KiB. Choose the CSR file made for the MDM push certificate.' },
  CSR_SIGNATURE_INVALID: { title: 'The CSR is damaged', message: 'The CSR is not signed by its own key (altered or damaged). Create the CSR again.' },
  CSR_KEY_TOO_WEAK: { title: 'Key too weak', message: 'The CSR must carry an RSA key of at least 2048 bits. Create the CSR again with a 2048-bit RSA key.' },
  SUBSCRIPTION_REQUIRED: { title: 'No active subscription', message: 'Signing needs an active subscription on this business account.' },
  ADMIN_REQUIRED: { title: 'Administrators only', message: 'Only an administrator of this business account can have a CSR signed.' },
  MDM_NOT_CONFIGURED: { title: 'Signing is not set up', message: 'MDM certificate signing is not configured on this service yet. Contact support.' },
  MDM_VENDOR_CERTIFICATE_EXPIRED: { title: 'Signing is paused', message: "The vendor certificate that signs push certificate requests has expired; it is being renewed. Try again later or contact support." },
};

/** Why the dashboard says signing is not available now, in the person's words. */
export const UNAVAILABLE: Record<string, { title: string; message: string }> = {
  SUBSCRIPTION_REQUIRED: { title: 'An active subscription is needed', message: 'CSR signing needs an active subscription on this business account. Register a key or renew the subscription first.' },
  MDM_NOT_CONFIGURED: { title: 'Signing is not set up', message: 'MDM certificate signing is not configured on this service yet. Contact support.' },
  MDM_VENDOR_CERTIFICATE_EXPIRED: { title: 'Signing is paused', message: "The vendor certificate that signs push certificate requests has expired and is being renewed. Try again later." },
};
