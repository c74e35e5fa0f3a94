/** Something went wrong: what, and (when there is one) the thing to do about it. Announced at once. */
export function ErrorNotice({
  title,
  message,
  action,
}: {
  title: string;
  message: string;
  action?: { label: string; onClick: () => void };
}) {
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{title}</p>
      {message && <p className="notice__message">{message}</p>}
      {action && (
        <button type="button" className="button button--secondary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
