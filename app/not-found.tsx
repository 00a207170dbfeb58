import "./globals.css";

// Reached only for paths outside any locale; bilingual because we cannot
// know which language the reader wanted.
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body>
        <main id="main" className="bare-page">
          <h1>Page not found</h1>
          <p>
            <a href="/en">Go to the English front page</a>
          </p>
          <div lang="ar" dir="rtl">
            <h2>الصفحة غير موجودة</h2>
            <p>
              <a href="/ar" hrefLang="ar">
                العودة إلى الصفحة الرئيسية بالعربية
              </a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
