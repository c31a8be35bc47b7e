import { Component, createRef, type ReactNode } from 'react';
import { Button } from './Button';
import './problem.css';

export interface ErrorBoundaryProps {
  /** The part that failed, as the sentence "Partnerboard could not show {what}." says it: e.g. 'the People view'. */
  what: string;
  /** Where else the user can go, in words: e.g. 'Switch to another view with the buttons above.' */
  goOn?: string;
  /** A way out besides trying again, e.g. closing the panel. */
  leave?: { label: string; onClick(): void };
  /** Heading level of the message, to fit where it sits. */
  level?: 2 | 3;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  /** Bumped by "Try again", so the part is drawn afresh. */
  attempt: number;
}

/**
 * Keeps a failure in one view or panel to that part: it says in words what could not be shown and
 * lets the user go on (try again, go elsewhere, close it), while the rest of the page keeps working.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, attempt: 0 };
  private readonly retry = createRef<HTMLButtonElement>();

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`Partnerboard could not show ${this.props.what}:`, error);
  }

  override componentDidUpdate(_: ErrorBoundaryProps, previous: ErrorBoundaryState): void {
    // The failed part may have held the focus: give it to "Try again" rather than leave it nowhere.
    if (this.state.error && !previous.error && (document.activeElement === null || document.activeElement === document.body)) {
      this.retry.current?.focus();
    }
  }

  private readonly tryAgain = (): void => {
    this.setState((state) => ({ error: null, attempt: state.attempt + 1 }));
  };

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (!error) return <ErrorBoundaryAttempt key={attempt}>{this.props.children}</ErrorBoundaryAttempt>;
    const { what, goOn, leave, level = 2 } = this.props;
    const Heading = level === 2 ? 'h2' : 'h3';
    return (
      <div className="problem" role="alert">
        <Heading className="problem__heading">Partnerboard could not show {what}</Heading>
        <p>
          Something in this board is not what this part of the app expects. The rest of the board still works
          {goOn ? `: ${goOn}` : '.'} If trying again does not help, tell whoever runs the board.
        </p>
        <p className="problem__detail">Technical detail: {error.message || error.name}</p>
        <div className="problem__actions">
          <Button ref={this.retry} variant="primary" onClick={this.tryAgain}>
            Try again
          </Button>
          {leave ? <Button onClick={leave.onClick}>{leave.label}</Button> : null}
        </div>
      </div>
    );
  }
}

/** A keyed wrapper, so each attempt mounts the part anew. */
function ErrorBoundaryAttempt({ children }: { children: ReactNode }) {
  return children;
}
