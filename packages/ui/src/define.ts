export interface DefineOptions {
  /** Registers a fresh subclass under `${tag}-${suffix}` (for example a version), so two copies never share a class. */
  suffix?: string;
}

/**
 * Idempotent registration: a tag that is already defined is left alone (the first copy on the
 * page wins). Returns the tag actually used.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor, options: DefineOptions = {}): string {
  const name = options.suffix ? `${tag}-${options.suffix}` : tag;
  if (customElements.get(name)) return name;
  // A constructor can be registered only once, so any second name needs its own subclass.
  const fresh = options.suffix || customElements.getName?.(ctor) ? class extends (ctor as typeof HTMLElement) {} : ctor;
  customElements.define(name, fresh);
  return name;
}
