import { describe, expect, it } from "vitest";
import { renderVcl } from "@/scripts/cache-proxy/varnish";

const base = { listen: "127.0.0.1:3000", secret: "s3cret", workdir: "/tmp/unused" };

describe("the proxy's VCL", () => {
  it("shares reads round robin among every instance, each probed on /api/health", () => {
    const vcl = renderVcl({
      ...base,
      backends: [
        { host: "127.0.0.1", port: 3001 },
        { host: "10.0.0.2", port: 3000 },
        { host: "10.0.0.3", port: 3000 },
      ],
    });
    expect(vcl).toContain('.url = "/api/health";');
    expect(vcl.match(/^  \.probe = health;$/gm)).toHaveLength(3);
    expect(vcl).toContain('backend app1 {\n  .host = "10.0.0.2";\n  .port = "3000";');
    expect(vcl).toContain("instances.add_backend(app2);");
    expect(vcl).toContain("set req.backend_hint = instances.backend();");
  });

  it("retries a failed read once on each other instance, in turn", () => {
    const vcl = renderVcl({
      ...base,
      backends: [
        { host: "127.0.0.1", port: 3001 },
        { host: "127.0.0.1", port: 3002 },
        { host: "127.0.0.1", port: 3003 },
      ],
    });
    expect(vcl.match(/bereq\.retries < 2 /g)).toHaveLength(2);
    expect(vcl).toContain('if (bereq.http.x-failed-instance == "app2") { set bereq.backend = app0; }');
  });

  it("answers a 503 page in both languages when no instance can", () => {
    const vcl = renderVcl({ ...base, backends: [{ host: "127.0.0.1", port: 3001 }] });
    expect(vcl).toContain('<section lang="ar" dir="rtl"><h1>حدث خطأ ما</h1>');
    expect(vcl).toContain('<section lang="en" dir="ltr"><h1>Something went wrong</h1>');
    expect(vcl).not.toMatch(/\{\{[A-Z_]+\}\}/);
  });

  it("stores nothing when asked only to balance (the benchmark's cache bypass)", () => {
    const backends = [{ host: "127.0.0.1", port: 3001 }];
    expect(renderVcl({ ...base, backends, passAll: true })).toMatch(
      /call drop_internal_request_headers;\n  return \(pass\);/,
    );
    expect(renderVcl({ ...base, backends })).not.toMatch(/headers;\n  return \(pass\);/);
  });

  it("refuses backend addresses that would break out of the VCL", () => {
    expect(() => renderVcl({ ...base, backends: [{ host: 'x"; }', port: 1 }] })).toThrow(/backend address/);
    expect(() => renderVcl({ ...base, backends: [] })).toThrow(/at least one/);
  });
});
