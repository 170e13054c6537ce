import { NotFound } from "@/components/shell/NotFound";

// Unknown addresses, outside any workspace layout.
export default function RootNotFound() {
  return (
    <main className="px-10 py-8">
      <NotFound />
    </main>
  );
}
