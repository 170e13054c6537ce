"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTransition, type FormEvent, type ReactNode } from "react";

// A GET form over the table's URL state. Without JavaScript it submits as
// usual; with it, empty fields and fields left at their default (marked
// data-default, e.g. today's as-of date) stay out of the URL, so a bookmark
// holds only the choices that were made and "today" stays today.
export function FilterForm({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value !== "string" || value.trim() === "") continue;
      const field = form.elements.namedItem(key);
      if (field instanceof HTMLElement && field.dataset.default === value.trim()) continue;
      params.set(key, value.trim());
    }
    const query = params.toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname));
  }

  return (
    <form method="get" action={pathname} onSubmit={onSubmit} aria-label={label} aria-busy={pending} className={className}>
      {children}
    </form>
  );
}
