export const metadata = {
  title: "Bare Next page",
  description: "The framework's own JavaScript, nothing else.",
};

export default function Page() {
  return (
    <main>
      <h1>Bare Next page</h1>
    </main>
  );
}
