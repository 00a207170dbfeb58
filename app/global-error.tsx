"use client";

// The same pair as the locale layout's (one stylesheet file between them).
import "@/app/styles/fonts.css";
import "@/app/styles/base.css";

// Last resort when even the locale layout failed: bilingual, no internals.
export default function GlobalError() {
  return (
    <html lang="en" dir="ltr">
      <body>
        <main id="main" className="bare-page">
          <h1>The site is temporarily unavailable</h1>
          <p>Please try again in a few moments.</p>
          <div lang="ar" dir="rtl">
            <h2>الموقع غير متاح مؤقتًا</h2>
            <p>يُرجى المحاولة مجددًا بعد قليل.</p>
          </div>
        </main>
      </body>
    </html>
  );
}
