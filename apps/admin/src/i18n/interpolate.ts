export type MessageParams = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders with the matching parameter; unknown placeholders stay as written. */
export const interpolate = (template: string, params?: MessageParams): string =>
  params
    ? template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        return value === undefined ? whole : String(value);
      })
    : template;
