import { NotFound } from "@/components/shell/NotFound";

export default function WorkspaceNotFound() {
  return <NotFound />;
}
