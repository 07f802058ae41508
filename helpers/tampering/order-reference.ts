// Cross-wiring: the order reference a merchant keys its return URL on is wherever its own order id
// appears (a query value or a path segment). Swapping it presents one payment's genuine return
// URL for another order. Pure string work; knows no merchant.

export function swapOrderReference(url: URL, from: string, to: string): { url: URL; swapped: boolean } {
  const swapped = new URL(url);
  let found = false;
  if (swapped.pathname.includes(from)) {
    swapped.pathname = swapped.pathname.replaceAll(from, to);
    found = true;
  }
  const params = [...swapped.searchParams.entries()].map(([key, value]) => {
    if (!value.includes(from)) return [key, value] as const;
    found = true;
    return [key, value.replaceAll(from, to)] as const;
  });
  swapped.search = new URLSearchParams(params.map(([k, v]) => [k, v])).toString();
  if (swapped.hash.includes(from)) {
    swapped.hash = swapped.hash.replaceAll(from, to);
    found = true;
  }
  return { url: swapped, swapped: found };
}
