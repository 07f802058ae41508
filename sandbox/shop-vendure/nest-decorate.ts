// Node runs this shop's TypeScript by stripping types, so decorator syntax is not available: Nest's
// and Vendure's decorators are applied as the plain functions they are, in the order TypeScript would.

type AnyMethodDecorator = (target: object, key: string | symbol, descriptor: PropertyDescriptor) => PropertyDescriptor | void;
type AnyParameterDecorator = (target: object, key: string | symbol | undefined, index: number) => void;

/** `@A() @B() method(@P0() a, @P1() b)`: method decorators (outermost first) and one parameter decorator per index. */
export function decorateMethod(
  prototype: object,
  key: string,
  methodDecorators: readonly AnyMethodDecorator[],
  parameterDecorators: readonly (AnyParameterDecorator | null)[] = [],
): void {
  parameterDecorators.forEach((decorate, index) => decorate?.(prototype, key, index));
  let descriptor = Object.getOwnPropertyDescriptor(prototype, key);
  if (!descriptor) throw new Error(`decorateMethod: ${key} is not a method of ${prototype.constructor.name}`);
  for (const decorate of [...methodDecorators].reverse()) descriptor = decorate(prototype, key, descriptor) ?? descriptor;
  Object.defineProperty(prototype, key, descriptor);
}
