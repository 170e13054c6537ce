import { format } from "date-fns";

// "As of" defaults to today on the server's calendar.
export function today(): string {
  return format(new Date(), "yyyy-MM-dd");
}
