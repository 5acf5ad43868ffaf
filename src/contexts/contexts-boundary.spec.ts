import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** Runs the project's architecture rules on a two-context fixture and answers the rules it breaks. */
function violationsOf(files: Record<string, string>): string[] {
  const fixture = mkdtempSync(join(tmpdir(), 'promenade-arch-'));
  try {
    writeFileSync(join(fixture, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', moduleResolution: 'node' } }));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(fixture, path)), { recursive: true });
      writeFileSync(join(fixture, path), content);
    }
    const cruise = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
        'src',
        '--config',
        join(ROOT, '.dependency-cruiser.js'),
        '--output-type',
        'json',
      ],
      { cwd: fixture, encoding: 'utf8' },
    );
    const { summary } = JSON.parse(cruise.stdout) as {
      summary: { violations: Array<{ rule: { name: string }; from: string; to: string }> };
    };
    return summary.violations.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`);
  } finally {
    rmSync(fixture, { recursive: true, force: true });
  }
}

const billing = {
  'src/contexts/billing/domain/events/invoice-paid.event.ts': 'export class InvoicePaid {}\n',
  'src/contexts/billing/contracts/invoice-paid.contract.ts': 'export class InvoicePaidContract {}\n',
  'src/contexts/billing/contracts/index.ts': "export * from './invoice-paid.contract';\n",
};

describe('contexts meet only through contracts', () => {
  it("refuses another context's internal event", () => {
    const violations = violationsOf({
      ...billing,
      'src/contexts/shipping/application/on-invoice-paid.ts':
        "import { InvoicePaid } from '../../billing/domain/events/invoice-paid.event';\nexport const handles = InvoicePaid;\n",
    });
    expect(violations).toEqual([
      'contexts-meet-only-through-contracts: src/contexts/shipping/application/on-invoice-paid.ts → src/contexts/billing/domain/events/invoice-paid.event.ts',
    ]);
  }, 30_000);

  it("lets a context subscribe to another's published contract", () => {
    const violations = violationsOf({
      ...billing,
      'src/contexts/shipping/application/on-invoice-paid.ts':
        "import { InvoicePaidContract } from '../../billing/contracts';\nexport const handles = InvoicePaidContract;\n",
    });
    expect(violations).toEqual([]);
  }, 30_000);
});
