import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { LocaleProvider } from "@/components/ui/Dates";
import { requestLocale } from "@/lib/server/http/locale";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Baton", template: "%s · Baton" },
  description: "Succession planning: who is ready to manage, who is ready to lead, and where the pipeline has gaps.",
};

// Every page is rendered per request: its scripts carry that request's CSP
// nonce (proxy.ts), which a page prerendered at build time could not know.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await headers();
  const locale = await requestLocale();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <LocaleProvider locale={locale}>{children}</LocaleProvider>
      </body>
    </html>
  );
}
