export function Options() {
  return (
    <main>
      <h1>Follow-Through settings</h1>
    </main>
  );
}
