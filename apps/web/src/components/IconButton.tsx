import type { ButtonHTMLAttributes, Ref, ReactNode } from 'react';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'children'> {
  ref?: Ref<HTMLButtonElement>;
  /** The accessible name, also shown as the tooltip: an icon alone names nothing. */
  label: string;
  children: ReactNode;
  variant?: 'ghost' | 'secondary';
}

/** A square button showing an icon, named for screen readers and on hover. */
export function IconButton({ label, children, variant = 'ghost', className, type = 'button', ...rest }: IconButtonProps) {
  return (
    <button
      type={type}
      aria-label={label}
      title={label}
      className={['icon-button', `icon-button--${variant}`, className ?? ''].filter(Boolean).join(' ')}
      {...rest}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
