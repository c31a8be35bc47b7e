import { limits, updateMeta, type Board } from '@partnerboard/board';
import { TextField } from '../../detail/fields';
import { useBoardSession } from '../../session/BoardSession';
import { useBoard } from '../../session/useBoard';
import { useWrite } from '../../session/write';

const selectVoice = (board: Board) => board.meta.voice;

/** The views and aspirations of the person or family at the centre, kept in their own words. */
export function PersonVoice() {
  const { canEdit, doc } = useBoardSession();
  const voice = useBoard(selectVoice);
  const write = useWrite();
  return (
    <section className="overview-card" aria-labelledby="overview-voice-heading">
      <h3 id="overview-voice-heading" tabIndex={-1}>In their own words</h3>
      <p className="overview-card__hint">
        Where the plan is about a person or family: what matters to them, what they hope for, and what they think of the plan, as they said it.
      </p>
      {canEdit ? (
        <TextField
          label="Their views and aspirations"
          value={voice}
          multiline
          maxLength={limits.longText}
          className="overview-voice__field"
          onCommit={(text) => write(() => updateMeta(doc, { voice: text }), { toast: false })}
        />
      ) : voice.trim() ? (
        <blockquote className="overview-voice__quote">{voice}</blockquote>
      ) : (
        <p className="empty-note">Nothing recorded yet.</p>
      )}
    </section>
  );
}
