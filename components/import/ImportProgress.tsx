import { describeStage, overallFraction, type UploadStage } from "@/lib/csv/progress";
import type { ImportIntent } from "@/lib/schemas/import-upload";

// One bar from the first byte uploaded to the result: the upload, then the
// server's own phases (lib/csv/progress.ts). The words say where it is; the
// status line beside the buttons announces the step to screen readers once,
// rather than every count.
export function ImportProgress({ intent, stage }: { intent: ImportIntent; stage: UploadStage | null }) {
  const fraction = stage ? overallFraction(intent, stage) : 0;
  const label = stage ? describeStage(stage) : "Starting the upload";
  const percent = Math.floor(fraction * 100);
  return (
    <div className="grid gap-1.5" data-testid="import-progress">
      <progress
        value={percent}
        max={100}
        aria-label={intent === "apply" ? "Applying the file" : "Checking the file"}
        aria-valuetext={`${percent}%: ${label}`}
        className="h-2.5 w-full max-w-xl overflow-hidden rounded-full bg-slate-200 [&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600 [&::-webkit-progress-value]:transition-[width]"
      />
      <p className="text-xs text-slate-600 tabular-nums">
        {label} · {percent}%
      </p>
    </div>
  );
}
