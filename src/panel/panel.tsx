export function Panel() {
  return (
    <aside aria-label="Follow-Through">
      <h1>Follow-Through</h1>
      <p role="status">Pick the interviewer this note is for.</p>
    </aside>
  );
}
