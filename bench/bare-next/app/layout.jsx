// The smallest app-router page Next makes: the benchmark's measure of the
// JavaScript every Next page carries, whatever the site adds.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
