import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { pickLocale } from "@/lib/format/dates";

// The reader's locale for dates, from their browser's Accept-Language, once
// per request. The root layout hands it to the browser (LocaleProvider), so
// client components format with the very same value and hydrate unchanged.
export const requestLocale = cache(async (): Promise<string> => pickLocale((await headers()).get("accept-language")));
