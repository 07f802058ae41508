// Forgeries a customer (or anyone holding a return URL) can make. Each returns a new URL and never
// re-signs: the point is that a correct merchant refuses every one of them.

export type ReturnUrlTampering =
  { kind: 'set-param'; name: string; value: string } | { kind: 'remove-signature' } | { kind: 'signature-from'; donor: string | URL };

export function tamperReturnUrl(signed: string | URL, tampering: ReturnUrlTampering): URL {
  const url = new URL(signed);
  switch (tampering.kind) {
    case 'set-param':
      url.searchParams.set(tampering.name, tampering.value);
      return url;
    case 'remove-signature':
      url.searchParams.delete('signature');
      url.searchParams.delete('signature_algorithm');
      return url;
    case 'signature-from': {
      const donorSignature = new URL(tampering.donor).searchParams.get('signature');
      if (!donorSignature) throw new Error('signature-from: the donor URL carries no signature');
      url.searchParams.set('signature', donorSignature);
      return url;
    }
  }
}
