import { useEffect, useRef, type RefObject } from 'react';
import { textOn } from '../../components/colour';
import { useBoardSession } from '../../session/BoardSession';
import { setMyPointer, usePeerPointers } from '../../sync/presence';

// About 20 updates a second: smooth enough to follow, light enough for 30 people on one board.
const pointerIntervalMs = 50;

/** Shares where my pointer is over the board canvas (in canvas coordinates), until it leaves. */
export function useSharePointer(canvas: RefObject<HTMLElement | null>): void {
  const { awareness } = useBoardSession();
  const last = useRef(0);
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const onMove = (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      const now = performance.now();
      if (now - last.current < pointerIntervalMs) return;
      last.current = now;
      const rect = element.getBoundingClientRect();
      setMyPointer(awareness, {
        x: Math.round(event.clientX - rect.left + element.scrollLeft),
        y: Math.round(event.clientY - rect.top + element.scrollTop),
      });
    };
    const onLeave = () => setMyPointer(awareness, null);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerleave', onLeave);
    return () => {
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerleave', onLeave);
      setMyPointer(awareness, null);
    };
  }, [awareness, canvas]);
}

/** Other people's pointers over the board, each with their name on their organisation colour. */
export function LivePointers() {
  const pointers = usePeerPointers();
  return (
    <div className="live-pointers" aria-hidden="true">
      {pointers.map((peer) =>
        peer.pointer ? (
          <div
            key={peer.clientId}
            className="live-pointer"
            style={{ transform: `translate(${peer.pointer.x}px, ${peer.pointer.y}px)` }}
          >
            <svg width="18" height="22" viewBox="0 0 18 22" className="live-pointer__arrow">
              <path d="M1 1 L1 18 L6 13 L10 21 L13 19.5 L9 12 L16 12 Z" fill={peer.colour} stroke="#ffffff" strokeWidth="1.5" />
            </svg>
            <span className="live-pointer__name" style={{ background: peer.colour, color: textOn(peer.colour) }}>
              {peer.name}
            </span>
          </div>
        ) : null,
      )}
    </div>
  );
}
