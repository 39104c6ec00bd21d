export function Popup() {
  return (
    <main>
      <h1>Follow-Through</h1>
      <p>No interviews yet.</p>
    </main>
  );
}
