// Not Hyperswitch: the objects (payments) whose merchant webhooks the sandbox drops, as a merchant
// endpoint that was down, or a delivery that gave up, would leave the shop without news. The events
// are still recorded, with no delivery attempt, so the events API shows what was withheld.
export class WithheldDeliveries {
  readonly #objects = new Set<string>();
  withhold(objectId: string): void {
    this.#objects.add(objectId);
  }
  holds(objectId: string): boolean {
    return this.#objects.has(objectId);
  }
}
