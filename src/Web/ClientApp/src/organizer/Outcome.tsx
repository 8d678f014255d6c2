/** The result line under a form: what happened, or the server's reason for refusing. */
export function Outcome({ message, error }: { message: string | null; error: string | null }) {
  if (error) {
    return (
      <p class="outcome error" role="alert">
        {error}
      </p>
    );
  }
  return message ? <p class="outcome ok">{message}</p> : null;
}
