/** A message the templates render through Transloco: a translation key and its parameters. */
export interface TranslatableMessage {
  key: string;
  params?: Record<string, string | number>;
}
