import type { SnapshotSummary } from '@partnerboard/protocol';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Field } from '../../components';
import { ComparisonReport, type Comparison } from './ComparisonReport';

interface CompareSnapshotsProps {
  snapshots: readonly SnapshotSummary[];
  /** The comparison shown, or null before one is asked for. */
  shown: Comparison | null;
  onCompare(comparison: Comparison): void;
  /** Bumped when a comparison is asked for elsewhere (a review's "Compare with now"), to bring the report into view. */
  focusKey: number;
}

const timeOfDay = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** A snapshot in a picker: its label, with the time and who took it to tell apart two on one day. */
const describe = (snapshot: SnapshotSummary) => `${snapshot.label}, taken at ${timeOfDay.format(new Date(snapshot.takenAt))} by ${snapshot.takenBy}`;

interface CompareFormProps {
  snapshots: readonly SnapshotSummary[];
  initial: Comparison | null;
  onCompare(comparison: Comparison): void;
}

/** The two pickers; remade with the comparison shown, so that a "Compare with now" elsewhere shows in them. */
function CompareForm({ snapshots, initial, onCompare }: CompareFormProps) {
  const oldest = snapshots.at(-1)?.id ?? '';
  const [from, setFrom] = useState(initial?.from ?? oldest);
  const [to, setTo] = useState<string>(initial?.to ?? 'now');
  const chosenFrom = snapshots.some((s) => s.id === from) ? from : oldest;
  const compare = (event: FormEvent) => {
    event.preventDefault();
    if (chosenFrom) onCompare({ from: chosenFrom, to });
  };
  const snapshotOptions = snapshots.map((snapshot) => (
    <option key={snapshot.id} value={snapshot.id}>
      {describe(snapshot)}
    </option>
  ));
  return (
    <form className="compare-snapshots__form" onSubmit={compare}>
      <Field label="From">
        {(control) => (
          <select {...control} value={chosenFrom} onChange={(event) => setFrom(event.target.value)}>
            {snapshotOptions}
          </select>
        )}
      </Field>
      <Field label="To">
        {(control) => (
          <select {...control} value={to} onChange={(event) => setTo(event.target.value)}>
            <option value="now">Now (the board as it is)</option>
            {snapshotOptions}
          </select>
        )}
      </Field>
      <Button type="submit" variant="primary">
        Compare
      </Button>
    </form>
  );
}

/** Picks two snapshots, or a snapshot and now, and shows what changed between them. */
export function CompareSnapshots({ snapshots, shown, onCompare, focusKey }: CompareSnapshotsProps) {
  const reportHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusKey === 0) return;
    // The report's start, not its heading's last line, comes into view: it is what the person asked to read.
    reportHeading.current?.focus({ preventScroll: true });
    reportHeading.current?.scrollIntoView({ block: 'start' });
  }, [focusKey]);

  const label = (id: string) => {
    if (id === 'now') return 'now';
    const snapshot = snapshots.find((s) => s.id === id);
    return snapshot ? `“${snapshot.label}”` : 'a snapshot';
  };

  return (
    <section className="compare-snapshots" aria-labelledby="compare-heading">
      <h3 id="compare-heading">Compare the board over time</h3>
      {snapshots.length === 0 ? (
        <p>Hold a review to keep a snapshot of the board; then you can see what has changed since.</p>
      ) : (
        <CompareForm key={shown ? `${shown.from} ${shown.to}` : 'none'} snapshots={snapshots} initial={shown} onCompare={onCompare} />
      )}
      {shown ? (
        <div className="compare-snapshots__report">
          <h3 id="report-heading" ref={reportHeading} tabIndex={-1}>
            What changed from {label(shown.from)} to {label(shown.to)}
          </h3>
          <ComparisonReport comparison={shown} />
        </div>
      ) : null}
    </section>
  );
}
